-- Driven by tests/editors/test_neovim.py: nvim --headless -u NONE ... -c "luafile features.lua".
-- What a Neovim user of copydesk reaches for, in order: :checkhealth copydesk, :CopydeskInfo,
-- :CopydeskFacts, go to definition on a known name (vim.lsp.buf.definition, which jumps),
-- completion after a capitalised prefix, :CopydeskRestart. Writes what it saw as JSON to
-- $COPYDESK_T_OUT.
--
-- Env: COPYDESK_T_OUT, COPYDESK_T_DRAFT, COPYDESK_T_CMD (JSON list; "" = lsp/copydesk.lua's own
-- command via vim.lsp.enable), COPYDESK_T_MODE ("setup" or "rtp"), COPYDESK_T_NAME (a known
-- name in the draft to jump from), COPYDESK_T_PREFIX (what to type before asking for completion).
local env = vim.env
local out = { steps = {} }
local timeout = tonumber(env.COPYDESK_T_TIMEOUT or "30000")

local function dump()
  local f = assert(io.open(env.COPYDESK_T_OUT, "w"))
  f:write(vim.json.encode(out))
  f:close()
end

local function step(name)
  table.insert(out.steps, name)
end

local function buffer_lines(buf)
  return vim.api.nvim_buf_get_lines(buf or 0, 0, -1, false)
end

-- Notifications are what the user would read: keep them.
out.notifications = {}
vim.notify = function(msg, level)
  table.insert(out.notifications, { msg = tostring(msg), level = level })
end

local function copydesk_client(bufnr)
  return require("copydesk").clients(bufnr)[1]
end

local function run()
  vim.cmd("filetype on")
  vim.cmd("runtime! plugin/copydesk.lua") -- -u NONE loads no plugins; a plugin manager would
  local copydesk = require("copydesk")
  if env.COPYDESK_T_MODE == "rtp" then
    vim.lsp.enable("copydesk")
  else
    local cmd = vim.json.decode(env.COPYDESK_T_CMD)
    copydesk.setup({ cmd = #cmd > 0 and cmd or nil }) -- nil: the plugin's default command
  end
  vim.cmd("edit " .. vim.fn.fnameescape(env.COPYDESK_T_DRAFT))
  local draft = vim.api.nvim_get_current_buf()
  -- Findings, or an error message (a missing server: no finding will ever come).
  vim.wait(timeout, function()
    for _, n in ipairs(out.notifications) do
      if n.level == vim.log.levels.ERROR then
        return true
      end
    end
    return #vim.diagnostic.get(draft) > 0
  end, 50)
  out.got_diagnostics = #vim.diagnostic.get(draft) > 0
  step("diagnostics")
  local client = copydesk_client(draft)
  out.client = client ~= nil
  if not client then
    -- Still run :checkhealth: it must say what is wrong.
    vim.cmd("checkhealth copydesk")
    out.health = buffer_lines()
    return
  end

  -- :checkhealth copydesk, from the draft's window (the health buffer replaces it).
  vim.cmd("checkhealth copydesk")
  out.health = buffer_lines()
  step("checkhealth")
  vim.cmd("buffer " .. draft)
  vim.cmd("only")

  vim.cmd("CopydeskInfo")
  out.info = buffer_lines()
  vim.cmd("close")
  step("info")

  vim.cmd("CopydeskFacts")
  vim.wait(timeout, function()
    local facts = vim.fn.bufnr("copydesk://facts")
    return facts ~= -1 and #buffer_lines(facts) > 1
  end, 50)
  local facts = vim.fn.bufnr("copydesk://facts")
  out.facts = facts ~= -1 and buffer_lines(facts) or {}
  out.facts_buftype = facts ~= -1 and vim.bo[facts].buftype or nil
  if vim.api.nvim_get_current_buf() == facts then
    vim.cmd("close")
  end
  step("facts")

  -- Go to definition, as `gd`/CTRL-] would: cursor on the name, vim.lsp.buf.definition() jumps.
  vim.api.nvim_set_current_buf(draft)
  local line_text = buffer_lines(draft)[1]
  local col = line_text:find(env.COPYDESK_T_NAME, 1, true)
  vim.api.nvim_win_set_cursor(0, { 1, col - 1 })
  vim.lsp.buf.definition()
  out.jumped = vim.wait(timeout, function()
    return vim.api.nvim_get_current_buf() ~= draft
  end, 50)
  out.definition_file = vim.api.nvim_buf_get_name(0)
  out.definition_line = vim.api.nvim_get_current_line()
  out.definition_cursor = vim.api.nvim_win_get_cursor(0)
  step("definition")
  vim.api.nvim_set_current_buf(draft)

  -- Completion after a capitalised prefix, at the end of a new last line.
  local prefix = env.COPYDESK_T_PREFIX
  local last = vim.api.nvim_buf_line_count(draft)
  vim.api.nvim_buf_set_lines(draft, last, last, false, { prefix })
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(draft) },
    position = { line = last, character = #prefix },
  }
  local responses = vim.lsp.buf_request_sync(draft, "textDocument/completion", params, timeout) or {}
  out.completion = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      table.insert(out.completion, { label = item.label, detail = item.detail })
    end
  end
  step("completion")
  vim.api.nvim_buf_set_lines(draft, last, last + 1, false, {})

  -- :CopydeskRestart: a new client serves the draft, and its findings come back.
  local old_id = client.id
  vim.cmd("CopydeskRestart")
  out.restarted = vim.wait(timeout, function()
    local now = copydesk_client(draft)
    if now == nil or now.id == old_id then
      return false
    end
    -- Findings published by the new client (the old client's are in another namespace).
    return #vim.diagnostic.get(draft, { namespace = vim.lsp.diagnostic.get_namespace(now.id) }) > 0
  end, 50)
  step("restart")
end

local ok, err = pcall(run)
if not ok then
  out.error = tostring(err)
end
dump()
vim.cmd("qa!")
