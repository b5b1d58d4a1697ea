---@brief
---
--- https://github.com/copydesk/copydesk
---
--- copydesk checks news drafts against their source documents: names, titles, dates, numbers and
--- quotes. Install the server with `pipx install git+https://github.com/copydesk/copydesk`; the
--- sources come from the nearest `copydesk.yaml` (`sources: [sources/*.txt]`).
---
--- Neovim 0.11+ finds this file on 'runtimepath' (this plugin's, or nvim-lspconfig's):
--- ```lua
--- vim.lsp.enable("copydesk")
--- vim.lsp.config("copydesk", { init_options = { rules = { ["unsupported-entity"] = "off" } } })
--- ```
--- Self-contained on purpose (no require of the plugin), so that it reads as nvim-lspconfig's do.

-- The folder the server starts in: Neovim's cache folder, never the workspace.
local cache = vim.fn.stdpath("cache")
if vim.fn.isdirectory(cache) == 0 then
  vim.fn.mkdir(cache, "p")
end
local install = "pipx install git+https://github.com/copydesk/copydesk"
local markers = { "copydesk.yaml", "copydesk.yml", ".copydesk.yaml", ".git" }
-- -I (isolated mode) in the fallback: a workspace's `copydesk/` folder is never imported.
local cmd = vim.fn.executable("copydesk") == 1 and { "copydesk", "serve" } or { "python3", "-I", "-m", "copydesk", "serve" }

local missing -- nil: not checked yet; then false or the message, once per session
local function server_missing()
  if missing == nil then
    missing = false
    -- The command in effect: this file's, or what vim.lsp.config("copydesk", {...}) made of it.
    local effective = (vim.lsp.config.copydesk or {}).cmd or cmd
    if type(effective) ~= "table" then
      return missing -- a function: the user's own way to connect
    end
    local runs = vim.fn.executable(effective[1]) == 1
    if runs and vim.tbl_contains(effective, "-m") then
      vim.fn.system({ effective[1], "-I", "-c", "import copydesk" })
      runs = vim.v.shell_error == 0
    end
    if not runs then
      missing = string.format("copydesk: the language server was not found (`%s`). Install it with `%s`.",
        table.concat(effective, " "), install)
      vim.notify(missing, vim.log.levels.ERROR)
    end
  end
  return missing
end

---@type vim.lsp.Config
return {
  cmd = cmd,
  cmd_cwd = cache,
  filetypes = { "markdown", "text" },
  root_markers = markers,
  -- Asked before the server starts: say once, naming the install command, when there is none
  -- (instead of a start failure in the LSP log); else the nearest marker's folder or the file's.
  root_dir = function(bufnr, on_dir)
    if not server_missing() then
      local file = vim.api.nvim_buf_get_name(bufnr)
      on_dir(vim.fs.root(bufnr, markers) or (file ~= "" and vim.fs.dirname(file)) or vim.fn.getcwd())
    end
  end,
}
