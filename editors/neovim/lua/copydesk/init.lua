-- copydesk for Neovim: runs `copydesk serve` for markdown and text buffers.
--
--   require("copydesk").setup({ cmd = { "copydesk", "serve" }, filetypes = { "markdown", "text" } })
--
-- Neovim 0.11+ uses vim.lsp.config/vim.lsp.enable (lsp/copydesk.lua is the runtimepath config),
-- 0.8-0.10 vim.lsp.start, 0.7 vim.lsp.start_client + vim.lsp.buf_attach_client.

local M = {}

local uv = vim.uv or vim.loop

M.name = "copydesk"

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
  -- Add :CopydeskShowFacts, :CopydeskRebuildFacts, :CopydeskCheckWorkspace.
  user_commands = true,
  -- Which API to start the server with: nil picks by Neovim version ("config", "start", "start_client").
  api = nil,
}

M.options = nil
local clients_by_root = {} -- 0.7: one client per root folder

local function default_cmd()
  if vim.fn.executable("copydesk") == 1 then
    return { "copydesk", "serve" }
  end
  -- -I: isolated mode, so neither the working folder nor PYTHON* variables can add code to sys.path
  return { "python3", "-I", "-m", "copydesk", "serve" }
end

-- The folder the server starts in: Neovim's cache folder, never the workspace (`python -m` would
-- put a workspace's `copydesk/` folder first on sys.path and run it).
local function server_cwd()
  local dir = vim.fn.stdpath("cache")
  if vim.fn.isdirectory(dir) == 0 then
    vim.fn.mkdir(dir, "p")
  end
  return dir
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
  if next(init_options) ~= nil then
    config.init_options = init_options
  end
  config.settings = settings
  return config
end

local function start_for_buffer(bufnr, opts)
  if vim.bo[bufnr].buftype ~= "" then
    return
  end
  local config = M.lsp_config(opts)
  config.root_markers = nil
  config.filetypes = nil
  local root = M.root_dir(bufnr, opts)
  config.root_dir = root
  config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
  if (opts.api or M.api()) == "start" then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  -- 0.7: reuse the client for this root while it lives.
  local id = clients_by_root[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

local function copydesk_clients(bufnr)
  local found = {}
  local all = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr })
    or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(all) do
    if client.name == M.name then
      table.insert(found, client)
    end
  end
  return found
end

--- Run one of the server's commands (copydesk.showFacts, ...) and show what it returns.
function M.execute(command, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local clients = copydesk_clients(bufnr)
  if #clients == 0 then
    vim.notify("copydesk: no server attached to this buffer", vim.log.levels.WARN)
    return
  end
  local function show(err, result)
    if err then
      vim.notify("copydesk: " .. command .. " failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    else
      vim.notify("copydesk: " .. command .. "\n" .. vim.inspect(result))
    end
  end
  local params = { command = command, arguments = {} }
  if vim.fn.has("nvim-0.11") == 1 then
    clients[1]:request("workspace/executeCommand", params, show, bufnr)
  else
    clients[1].request("workspace/executeCommand", params, show, bufnr)
  end
end

local function add_user_commands()
  local commands = {
    CopydeskShowFacts = "copydesk.showFacts",
    CopydeskRebuildFacts = "copydesk.rebuildFacts",
    CopydeskCheckWorkspace = "copydesk.checkWorkspace",
  }
  for name, command in pairs(commands) do
    vim.api.nvim_create_user_command(name, function()
      M.execute(command)
    end, { desc = "copydesk: " .. command })
  end
end

--- Start copydesk for markdown and text buffers (now, and in buffers opened later).
function M.setup(opts)
  opts = vim.tbl_deep_extend("force", {}, M.defaults, opts or {})
  M.options = opts
  local api = opts.api or M.api()
  if opts.user_commands then
    add_user_commands()
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
