-- :checkhealth copydesk: is the server there, which version, which copydesk.yaml and how many
-- sources the current buffer's workspace has.
local M = {}

-- vim.health.* from 0.10, vim.health.report_* in 0.8-0.9, require("health").report_* in 0.7.
local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local info = health.info or health.report_info
local warn = health.warn or health.report_warn
local report_error = health.error or health.report_error

local function count_sources_with_cli(prefix, root)
  local copydesk = require("copydesk")
  local cmd = vim.list_extend(vim.deepcopy(prefix), { "facts", "--format", "json" })
  local code, out = copydesk.run(cmd, root, 60000)
  if code ~= 0 then
    return nil, string.format("`%s` (in %s) exited with %d", table.concat(cmd, " "), root, code)
  end
  local decoded, facts = pcall(vim.json.decode, out)
  if not decoded or type(facts) ~= "table" or type(facts.sources) ~= "table" then
    return nil, "`copydesk facts --format json` printed no source list"
  end
  return #facts.sources
end

--- The buffer the user ran :checkhealth from: the health report has a buffer of its own (a new
--- tab or window), so the current one is rarely the draft.
local function user_buffer()
  for _, bufnr in ipairs({ vim.api.nvim_get_current_buf(), vim.fn.bufnr("#") }) do
    if bufnr > 0 and vim.api.nvim_buf_is_valid(bufnr) and vim.bo[bufnr].buftype == "" and vim.api.nvim_buf_get_name(bufnr) ~= "" then
      return bufnr
    end
  end
  return nil
end

function M.check()
  local copydesk = require("copydesk")
  local bufnr = user_buffer()
  local v = vim.version()
  start("copydesk: server")
  info(string.format("Neovim %d.%d.%d; copydesk starts with the %q API", v.major, v.minor, v.patch,
    copydesk.options and copydesk.options.api or copydesk.api()))
  local cmd = copydesk.effective_cmd(bufnr)
  local problem = copydesk.server_problem(cmd)
  if problem then
    report_error("server not found: " .. table.concat(cmd, " "), {
      "Install it: " .. copydesk.install_command,
      'Or name it: require("copydesk").setup({ cmd = { "/path/to/copydesk", "serve" } })',
    })
    return
  end
  ok("server found: " .. table.concat(cmd, " ") .. " (" .. vim.fn.exepath(cmd[1]) .. ")")
  local version, why = copydesk.server_version(cmd)
  if version then
    ok("version: " .. version)
  else
    report_error("the server does not run: " .. why, { "Reinstall it: " .. copydesk.install_command })
    return
  end

  start("copydesk: workspace")
  local client = copydesk.clients(bufnr)[1] or copydesk.clients()[1]
  local root = bufnr and copydesk.root_dir(bufnr) or (client and client.config.root_dir) or vim.fn.getcwd()
  info("root folder: " .. root)
  local config = copydesk.find_config(root)
  if config then
    ok("config found: " .. config)
  else
    warn("no copydesk.yaml in " .. root .. " or above: drafts are checked against the bundled demo seeds", {
      "Write one to start from: copydesk init " .. root,
    })
  end

  local sources, failure
  if client then
    local facts, err = copydesk.facts_sync(client, bufnr, 30000)
    sources, failure = facts and type(facts.sources) == "table" and #facts.sources or nil, err
  else
    info("no copydesk client is running; counting the sources with the command line")
    sources, failure = count_sources_with_cli(copydesk.cli_prefix(cmd), root)
  end
  if sources == nil then
    report_error("could not count the sources: " .. tostring(failure))
  elseif sources == 0 then
    warn("sources: 0 (the fact base is empty)", { "Point `sources:` in copydesk.yaml at your source documents" })
  else
    ok(string.format("sources: %d", sources))
  end
end

return M
