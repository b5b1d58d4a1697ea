-- Driven by tests/editors/test_neovim.py: nvim --headless -u NONE ... -c "luafile check.lua".
-- Loads the plugin from editors/neovim (on 'runtimepath'), opens a faulty draft, waits for
-- copydesk's diagnostics, applies the quick fix and waits for them to go away. Writes what it
-- saw as JSON to $COPYDESK_T_OUT.
local env = vim.env
local out = { nvim = tostring(vim.version().major .. "." .. vim.version().minor .. "." .. vim.version().patch) }
local timeout = tonumber(env.COPYDESK_T_TIMEOUT or "30000")

local function dump()
  local f = assert(io.open(env.COPYDESK_T_OUT, "w"))
  f:write(vim.json.encode(out))
  f:close()
end

local function simplify(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      message = d.message,
      severity = d.severity,
      source = d.source,
      code = d.code or lsp.code,
    })
  end
  return list
end

local function copydesk_clients()
  local all = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = 0 }) or vim.lsp.buf_get_clients(0)
  local found = {}
  for _, c in pairs(all) do
    if c.name == "copydesk" then
      table.insert(found, c)
    end
  end
  return found
end

local function lsp_diagnostic(d)
  -- 0.8+ keeps the whole LSP diagnostic in user_data.lsp; 0.7 only its extra fields (code, data).
  local lsp = (d.user_data and d.user_data.lsp) or {}
  if lsp.range then
    return lsp
  end
  local built = {
    range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } },
    message = d.message,
    severity = d.severity,
    source = d.source,
  }
  return vim.tbl_extend("force", built, lsp)
end

local function run()
  if env.COPYDESK_T_LOG then
    vim.lsp.set_log_level(env.COPYDESK_T_LOG)
  end
  vim.cmd("filetype on")
  local copydesk = require("copydesk")
  out.api = env.COPYDESK_T_API ~= "" and env.COPYDESK_T_API or copydesk.api()
  if env.COPYDESK_T_MODE == "rtp" then
    -- 0.11+: lsp/copydesk.lua is found on 'runtimepath'; no setup() call at all.
    vim.lsp.enable("copydesk")
  else
    local opts = { cmd = vim.json.decode(env.COPYDESK_T_CMD), api = env.COPYDESK_T_API ~= "" and env.COPYDESK_T_API or nil }
    if env.COPYDESK_T_OPTS and env.COPYDESK_T_OPTS ~= "" then
      opts = vim.tbl_extend("force", opts, vim.json.decode(env.COPYDESK_T_OPTS))
    end
    copydesk.setup(opts)
  end
  vim.cmd("edit " .. vim.fn.fnameescape(env.COPYDESK_T_DRAFT))
  out.filetype = vim.bo.filetype

  out.got_diagnostics = vim.wait(timeout, function()
    return #vim.diagnostic.get(0) > 0
  end, 50)
  out.before = simplify(vim.diagnostic.get(0))
  local clients = copydesk_clients()
  out.clients = #clients
  if clients[1] then
    out.root_dir = clients[1].config.root_dir
  end
  if not out.got_diagnostics or not clients[1] then
    return
  end

  -- :CopydeskShowFacts runs the server's copydesk.showFacts and shows what it returns.
  if env.COPYDESK_T_MODE ~= "rtp" then
    local shown
    local notify = vim.notify
    vim.notify = function(msg)
      shown = msg
    end
    vim.cmd("CopydeskShowFacts")
    vim.wait(timeout, function()
      return shown ~= nil
    end, 50)
    vim.notify = notify
    out.show_facts = shown
  end

  -- The quick fix, as a user would pick it: code actions at the diagnostic, then apply the edit.
  local client = clients[1]
  local d = vim.diagnostic.get(0)[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = { lsp_diagnostic(d) }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, timeout) or {}
  out.actions = {}
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(out.actions, action.title)
      if not chosen and (action.edit or action.command) then
        chosen = action
      end
    end
  end
  if not chosen then
    return
  end
  out.applied = chosen.title
  if not chosen.edit and chosen.data then
    local resolved
    if vim.fn.has("nvim-0.11") == 1 then
      resolved = client:request_sync("codeAction/resolve", chosen, timeout, 0)
    else
      resolved = client.request_sync("codeAction/resolve", chosen, timeout, 0)
    end
    if resolved and resolved.result then
      chosen = resolved.result
    end
  end
  if chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or "utf-16")
  end
  if chosen.command then
    local command = type(chosen.command) == "table" and chosen.command or chosen
    local p = { command = command.command, arguments = command.arguments }
    if vim.fn.has("nvim-0.11") == 1 then
      client:request("workspace/executeCommand", p, nil, 0)
    else
      client.request("workspace/executeCommand", p, nil, 0)
    end
  end
  out.text_after_fix = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  out.cleared = vim.wait(timeout, function()
    return #vim.diagnostic.get(0) == 0
  end, 50)
  out.after = simplify(vim.diagnostic.get(0))
end

local ok, err = pcall(run)
if not ok then
  out.error = tostring(err)
end
dump()
vim.cmd("qa!")
