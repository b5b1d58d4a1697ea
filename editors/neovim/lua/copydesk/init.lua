-- copydesk for Neovim: runs `copydesk serve` for markdown and text buffers.
--
--   require("copydesk").setup({ cmd = { "copydesk", "serve" }, filetypes = { "markdown", "text" } })
--
-- Neovim 0.11+ uses vim.lsp.config/vim.lsp.enable (lsp/copydesk.lua is the runtimepath config),
-- 0.8-0.10 vim.lsp.start, 0.7 vim.lsp.start_client + vim.lsp.buf_attach_client.

local M = {}

local uv = vim.uv or vim.loop

M.name = "copydesk"
-- What to tell a user who has no server yet (README's install command).
M.install_command = "pipx install git+https://github.com/copydesk/copydesk"
M.config_names = { "copydesk.yaml", "copydesk.yml", ".copydesk.yaml" }

M.defaults = {
  -- The server command; nil: `copydesk serve` if copydesk is on PATH, else `python3 -I -m copydesk serve`.
  cmd = nil,
  filetypes = { "markdown", "text" },
  -- The workspace root is the nearest folder (upwards) that holds one of these.
  root_markers = { "copydesk.yaml", "copydesk.yml", ".copydesk.yaml", ".git" },
  -- Shortcuts for the server's settings; sent as initializationOptions and workspace settings.
  sources = nil, -- { "sources/*.txt" }: files, folders or globs
  rules = nil, -- { ["name-spelling"] = "error", ["unsupported-entity"] = "off" }
  debounce_ms = nil,
  init_options = nil,
  settings = nil,
  on_attach = nil,
  capabilities = nil,
  -- (Re)create :CopydeskInfo, :CopydeskRestart, :CopydeskFacts, :CopydeskShowFacts, :CopydeskRebuildFacts,
  -- :CopydeskCheckWorkspace (plugin/copydesk.lua makes them at startup anyway).
  user_commands = true,
  -- Which API to start the server with: nil picks by Neovim version ("config", "start", "start_client").
  api = nil,
}

M.options = nil
local clients_by_root = {} -- 0.7: one client per root folder

-- The folder the server starts in: Neovim's cache folder, never the workspace (`python -m` would
-- put a workspace's `copydesk/` folder first on sys.path and run it).
local function server_cwd()
  local dir = vim.fn.stdpath("cache")
  if vim.fn.isdirectory(dir) == 0 then
    vim.fn.mkdir(dir, "p")
  end
  return dir
end

local function default_cmd()
  if vim.fn.executable("copydesk") == 1 then
    return { "copydesk", "serve" }
  end
  -- -I: isolated mode, so neither the working folder nor PYTHON* variables can add code to sys.path
  return { "python3", "-I", "-m", "copydesk", "serve" }
end

--- Run `cmd` (a list) in `cwd`, wait up to `timeout_ms`; returns exit code (-1: timeout or not
--- started) and stdout. jobstart/jobwait, not vim.system, so that it works on 0.7 too.
function M.run(cmd, cwd, timeout_ms)
  local out = {}
  local ok, job = pcall(vim.fn.jobstart, cmd, {
    cwd = cwd,
    stdout_buffered = true,
    on_stdout = function(_, data)
      out = data or {}
    end,
  })
  if not ok or job <= 0 then
    return -1, ""
  end
  local code = vim.fn.jobwait({ job }, timeout_ms or 10000)[1]
  if code == -1 then
    vim.fn.jobstop(job)
  end
  return code, table.concat(out, "\n")
end

--- The server command of the options (or the default), without its trailing "serve": the prefix
--- for the CLI's other subcommands (`--version`, `facts`).
function M.cli_prefix(cmd)
  local prefix = vim.deepcopy(cmd)
  if prefix[#prefix] == "serve" then
    table.remove(prefix)
  end
  return prefix
end

local server_problems = {} -- cmd (joined) -> problem or false, checked once per session

--- nil if `cmd` can run the server, else a message naming the install command.
function M.server_problem(cmd)
  local key = table.concat(cmd, " ")
  if server_problems[key] == nil then
    local problem = false
    if vim.fn.executable(cmd[1]) == 0 then
      problem = string.format("the language server was not found (`%s` is not an executable).", cmd[1])
    elseif vim.tbl_contains(cmd, "-m") then
      -- python -m copydesk: the interpreter is there; is copydesk installed in it?
      local code = M.run(vim.list_extend(M.cli_prefix(cmd), { "--version" }), server_cwd(), 15000)
      if code ~= 0 then
        problem = string.format("`%s` cannot run copydesk: it is not installed there.", key)
      end
    end
    server_problems[key] = problem
  end
  local problem = server_problems[key]
  if not problem then
    return nil
  end
  return string.format(
    "copydesk: %s Install it with `%s`, or set cmd in require(\"copydesk\").setup({ cmd = ... }).",
    problem,
    M.install_command
  )
end

local warned = false
--- Say once per session that the server is missing; true when it is.
local function warn_if_missing(cmd)
  local problem = M.server_problem(cmd)
  if problem and not warned then
    warned = true
    vim.schedule(function()
      vim.notify(problem, vim.log.levels.ERROR)
    end)
  end
  return problem ~= nil
end


--- The API this Neovim offers: "config" (0.11+), "start" (0.8-0.10) or "start_client" (0.7).
function M.api()
  if vim.lsp.config ~= nil and vim.lsp.enable ~= nil and vim.fn.has("nvim-0.11") == 1 then
    return "config"
  end
  if vim.lsp.start ~= nil then
    return "start"
  end
  return "start_client"
end

--- The nearest folder above `path` (a file or folder) that holds one of `markers`, or nil.
function M.find_root(path, markers)
  markers = markers or M.defaults.root_markers
  if not path or path == "" then
    return nil
  end
  local dir = vim.fn.fnamemodify(path, ":p")
  if vim.fn.isdirectory(dir) == 0 then
    dir = vim.fn.fnamemodify(dir, ":h")
  end
  dir = dir:gsub("/$", "")
  while dir and dir ~= "" do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

--- The root folder for buffer `bufnr`: the nearest copydesk.yaml or .git, else the file's folder.
function M.root_dir(bufnr, opts)
  opts = opts or M.options or M.defaults
  local name = vim.api.nvim_buf_get_name(bufnr or 0)
  if name == "" then
    return vim.fn.getcwd()
  end
  return M.find_root(name, opts.root_markers) or vim.fn.fnamemodify(name, ":p:h")
end

local function server_settings(opts)
  local s = {}
  if opts.sources then
    s.sources = opts.sources
  end
  if opts.rules then
    s.rules = opts.rules
  end
  if opts.debounce_ms then
    s.debounceMs = opts.debounce_ms
  end
  return s
end

--- A vim.lsp.Config-shaped table (name, cmd, filetypes, root_markers, init_options, settings, ...).
function M.lsp_config(opts)
  opts = vim.tbl_deep_extend("force", {}, M.defaults, opts or {})
  local shortcut = server_settings(opts)
  local init_options = vim.tbl_deep_extend("force", shortcut, opts.init_options or {})
  local settings = opts.settings
  if settings == nil and next(shortcut) ~= nil then
    settings = { copydesk = shortcut }
  end
  local config = {
    name = M.name,
    cmd = opts.cmd or default_cmd(),
    cmd_cwd = opts.cmd_cwd or server_cwd(),
    filetypes = opts.filetypes,
    root_markers = opts.root_markers,
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
  }
  if vim.fn.has("nvim-0.11") == 1 then
    -- 0.11+ asks root_dir(bufnr, on_dir) before starting: the place to say the server is missing
    -- (and not start it), instead of a bare "cmd is not executable" in the log.
    local markers = opts.root_markers
    config.root_dir = function(bufnr, on_dir)
      if not warn_if_missing(config.cmd) then
        on_dir(M.root_dir(bufnr, { root_markers = markers }))
      end
    end
  end
  if next(init_options) ~= nil then
    config.init_options = init_options
  end
  config.settings = settings
  return config
end

-- `retired`: ids of clients being stopped (by :CopydeskRestart), never to be reused even while
-- they are still shutting down.
local function start_for_buffer(bufnr, opts, retired)
  if vim.bo[bufnr].buftype ~= "" then
    return
  end
  local config = M.lsp_config(opts)
  if warn_if_missing(config.cmd) then
    return
  end
  config.root_markers = nil
  config.filetypes = nil
  local root = M.root_dir(bufnr, opts)
  config.root_dir = root
  config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
  if (opts.api or M.api()) ~= "start_client" then
    vim.lsp.start(config, { bufnr = bufnr, reuse_client = M.reuse_unless(retired) })
    return
  end
  -- 0.7: reuse the client for this root while it lives.
  local id = clients_by_root[root]
  if id == nil or (retired and retired[id]) or vim.lsp.get_client_by_id(id) == nil or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

--- vim.lsp.start's reuse_client: the default rule (same name and root), except for `retired` ids.
function M.reuse_unless(retired)
  return function(client, config)
    return not (retired and retired[client.id]) and client.name == config.name
      and client.config.root_dir == config.root_dir
  end
end

--- The running copydesk clients: of buffer `bufnr`, or all of them (bufnr nil).
function M.clients(bufnr)
  local found = {}
  local all
  if vim.lsp.get_clients then
    all = vim.lsp.get_clients(bufnr and { bufnr = bufnr } or nil)
  elseif bufnr then
    all = vim.lsp.buf_get_clients(bufnr)
  else
    all = vim.lsp.get_active_clients()
  end
  for _, client in pairs(all) do
    if client.name == M.name then
      table.insert(found, client)
    end
  end
  return found
end

-- client:request (0.11+) and client.request (before) take the same arguments.
local function request(client, method, params, handler, bufnr)
  if vim.fn.has("nvim-0.11") == 1 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

local function request_sync(client, method, params, timeout_ms, bufnr)
  if vim.fn.has("nvim-0.11") == 1 then
    return client:request_sync(method, params, timeout_ms, bufnr)
  end
  return client.request_sync(method, params, timeout_ms, bufnr)
end

local function no_client_message()
  return "copydesk: no server attached to this buffer (a markdown or text buffer starts one; :CopydeskInfo says more)"
end

--- Run one of the server's commands (copydesk.showFacts, ...); `on_result(result)` gets what
--- it returns (default: shown with vim.notify).
function M.execute(command, bufnr, on_result)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local clients = M.clients(bufnr)
  if #clients == 0 then
    vim.notify(no_client_message(), vim.log.levels.WARN)
    return
  end
  local function show(err, result)
    if err then
      vim.notify("copydesk: " .. command .. " failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif on_result then
      on_result(result)
    else
      vim.notify("copydesk: " .. command .. "\n" .. vim.inspect(result))
    end
  end
  request(clients[1], "workspace/executeCommand", { command = command, arguments = {} }, show, bufnr)
end

--- The fact base of the client's workspace (copydesk.showFacts), synchronously; nil, error otherwise.
function M.facts_sync(client, bufnr, timeout_ms)
  local response = request_sync(client, "workspace/executeCommand", { command = "copydesk.showFacts", arguments = {} },
    timeout_ms or 10000, bufnr)
  if not response then
    return nil, "no answer"
  end
  if response.err then
    return nil, response.err.message or vim.inspect(response.err)
  end
  return response.result
end

--- Show `lines` in a scratch buffer named `name` (one per name, reused), in a split.
function M.scratch(name, lines)
  local buf = vim.fn.bufnr(name)
  if buf == -1 then
    buf = vim.api.nvim_create_buf(false, true)
    vim.api.nvim_buf_set_name(buf, name)
  end
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "hide"
  vim.bo[buf].swapfile = false
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.bo[buf].filetype = "copydesk"
  local win = vim.fn.bufwinid(buf)
  if win == -1 then
    vim.cmd("botright split")
    vim.api.nvim_win_set_buf(0, buf)
  else
    vim.api.nvim_set_current_win(win)
  end
  vim.keymap.set("n", "q", "<cmd>close<cr>", { buffer = buf, silent = true, desc = "close" })
  return buf
end

local function relative(path, root)
  if root and path:sub(1, #root + 1) == root .. "/" then
    return path:sub(#root + 2)
  end
  return path
end

--- The lines :CopydeskFacts shows for a copydesk.showFacts result.
function M.format_facts(result)
  local root = result.root
  local lines = { "copydesk facts", "" }
  table.insert(lines, "Workspace: " .. tostring(root))
  table.insert(lines, "Config:    " .. (type(result.config) == "string" and result.config or "none (the bundled seeds)"))
  local sources = type(result.sources) == "table" and result.sources or {}
  table.insert(lines, "")
  table.insert(lines, string.format("Sources (%d)", #sources))
  for _, source in ipairs(sources) do
    table.insert(lines, "  " .. relative(source, root))
  end
  local summary = type(result.summary) == "table" and result.summary or {}
  local keys = vim.tbl_keys(summary)
  table.sort(keys)
  if #keys > 0 then
    table.insert(lines, "")
    table.insert(lines, "Summary")
    for _, key in ipairs(keys) do
      table.insert(lines, string.format("  %-14s %s", key, tostring(summary[key])))
    end
  end
  local entities = type(result.entities) == "table" and result.entities or {}
  table.insert(lines, "")
  table.insert(lines, string.format("Names (%d)", #entities))
  for _, entity in ipairs(entities) do
    table.insert(lines, "  " .. tostring(entity))
  end
  local notes = type(result.notes) == "table" and result.notes or {}
  if #notes > 0 then
    table.insert(lines, "")
    table.insert(lines, "Notes")
    for _, note in ipairs(notes) do
      table.insert(lines, "  " .. tostring(type(note) == "table" and vim.inspect(note) or note))
    end
  end
  return lines
end

--- :CopydeskFacts: the fact base of the current buffer's workspace in a scratch buffer.
function M.show_facts(bufnr)
  M.execute("copydesk.showFacts", bufnr, function(result)
    M.scratch("copydesk://facts", M.format_facts(result or {}))
  end)
end

--- The server command in effect: the running client's, else setup()'s or lsp/copydesk.lua's, else the default.
function M.effective_cmd(bufnr)
  local client = M.clients(bufnr)[1] or M.clients()[1]
  if client and type(client.config.cmd) == "table" then
    return client.config.cmd
  end
  if M.options and M.options.cmd then
    return M.options.cmd
  end
  if vim.lsp.config ~= nil and vim.fn.has("nvim-0.11") == 1 then
    local ok, config = pcall(function()
      return vim.lsp.config[M.name]
    end)
    if ok and config and type(config.cmd) == "table" then
      return config.cmd
    end
  end
  return default_cmd()
end

--- The copydesk.yaml that governs `root` (itself or its nearest ancestor), or nil.
function M.find_config(root)
  local dir = M.find_root(root, M.config_names)
  if not dir then
    return nil
  end
  for _, name in ipairs(M.config_names) do
    if uv.fs_stat(dir .. "/" .. name) then
      return dir .. "/" .. name
    end
  end
end

--- `copydesk --version` of a server command, or nil and why not.
function M.server_version(cmd)
  local code, out = M.run(vim.list_extend(M.cli_prefix(cmd), { "--version" }), server_cwd(), 15000)
  if code ~= 0 then
    return nil, string.format("`%s --version` exited with %d", table.concat(M.cli_prefix(cmd), " "), code)
  end
  return vim.trim(out)
end

--- What :CopydeskInfo shows: the clients, their command, root, config and server version.
function M.info_lines(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local v = vim.version()
  local lines = {
    "copydesk",
    "",
    string.format("Neovim %d.%d.%d, started with %s", v.major, v.minor, v.patch, M.options and M.options.api or M.api()),
  }
  local cmd = M.effective_cmd(bufnr)
  table.insert(lines, "Command:   " .. table.concat(cmd, " "))
  local problem = M.server_problem(cmd)
  if problem then
    table.insert(lines, "Server:    NOT FOUND. " .. problem)
  else
    table.insert(lines, "Server:    " .. (M.server_version(cmd) or "found, but `--version` failed"))
  end
  local clients = M.clients(bufnr)
  if #clients == 0 then
    table.insert(lines, "Client:    none attached to this buffer")
  end
  for _, client in ipairs(clients) do
    local root = client.config.root_dir
    table.insert(lines, string.format("Client:    id %d, root %s", client.id, tostring(root)))
    table.insert(lines, "Config:    " .. (root and M.find_config(root) or "none (the bundled seeds)"))
    local facts = M.facts_sync(client, bufnr, 5000)
    if facts and type(facts.sources) == "table" then
      table.insert(lines, string.format("Sources:   %d", #facts.sources))
    end
    local attached = {}
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
      if vim.lsp.buf_is_attached(b, client.id) then
        table.insert(attached, vim.fn.fnamemodify(vim.api.nvim_buf_get_name(b), ":~:."))
      end
    end
    table.insert(lines, "Buffers:   " .. table.concat(attached, ", "))
  end
  return lines
end

--- :CopydeskInfo: info_lines() in a scratch buffer.
function M.info()
  M.scratch("copydesk://info", M.info_lines())
end

--- :CopydeskRestart: stop copydesk's clients, then start new ones for the buffers they served
--- (never reusing a stopping client, however long it takes to exit).
function M.restart()
  local buffers, retired = {}, {}
  for _, client in ipairs(M.clients()) do
    retired[client.id] = true
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
      if vim.lsp.buf_is_attached(b, client.id) then
        buffers[b] = true
      end
    end
    if vim.fn.has("nvim-0.11") == 1 then
      client:stop()
    else
      client.stop()
    end
  end
  server_problems = {} -- the user may have installed the server since
  warned = false
  local api = M.options and M.options.api or M.api()
  for b in pairs(buffers) do
    if vim.api.nvim_buf_is_loaded(b) then
      if api == "config" then
        -- The merged vim.lsp.config (lsp/copydesk.lua, setup(), the user's), with this buffer's root.
        local config = vim.tbl_extend("force", {}, vim.lsp.config[M.name], { root_dir = M.root_dir(b, M.options) })
        vim.lsp.start(config, { bufnr = b, reuse_client = M.reuse_unless(retired) })
      else
        start_for_buffer(b, M.options or M.defaults, retired)
      end
    end
  end
  local count = vim.tbl_count(buffers)
  vim.notify(string.format("copydesk: restarted (%d buffer%s)", count, count == 1 and "" or "s"))
end

--- The :Copydesk* commands (plugin/copydesk.lua makes them at startup; setup() again).
function M.create_user_commands()
  local commands = {
    CopydeskInfo = { function() M.info() end, "copydesk: server, version, root, config, sources" },
    CopydeskRestart = { function() M.restart() end, "copydesk: restart the language server" },
    CopydeskFacts = { function() M.show_facts() end, "copydesk: the fact base in a scratch buffer" },
    CopydeskShowFacts = { function() M.execute("copydesk.showFacts") end, "copydesk: copydesk.showFacts" },
    CopydeskRebuildFacts = { function() M.execute("copydesk.rebuildFacts") end, "copydesk: re-read the sources" },
    CopydeskCheckWorkspace = { function() M.execute("copydesk.checkWorkspace") end, "copydesk: check every draft" },
  }
  for name, spec in pairs(commands) do
    vim.api.nvim_create_user_command(name, spec[1], { desc = spec[2] })
  end
end

--- Start copydesk for markdown and text buffers (now, and in buffers opened later).
function M.setup(opts)
  opts = vim.tbl_deep_extend("force", {}, M.defaults, opts or {})
  M.options = opts
  local api = opts.api or M.api()
  if opts.user_commands then
    M.create_user_commands()
  end
  if api == "config" then
    vim.lsp.config(M.name, M.lsp_config(opts))
    vim.lsp.enable(M.name)
    return
  end
  local group = vim.api.nvim_create_augroup("copydesk", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      start_for_buffer(args.buf, opts)
    end,
  })
  -- Buffers that were already open when setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype) then
      start_for_buffer(bufnr, opts)
    end
  end
end

return M
