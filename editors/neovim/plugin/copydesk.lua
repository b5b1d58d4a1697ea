-- The :Copydesk* commands exist as soon as the plugin is on 'runtimepath', also for users who
-- start the server with vim.lsp.enable("copydesk") and never call setup(). The module loads on
-- first use only.
if vim.g.loaded_copydesk then
  return
end
vim.g.loaded_copydesk = true

local function call(fn)
  return function()
    require("copydesk")[fn]()
  end
end

local commands = {
  CopydeskInfo = { call("info"), "copydesk: server, version, root, config, sources" },
  CopydeskRestart = { call("restart"), "copydesk: restart the language server" },
  CopydeskFacts = { call("show_facts"), "copydesk: the fact base in a scratch buffer" },
}
for name, spec in pairs(commands) do
  if vim.fn.exists(":" .. name) == 0 then
    vim.api.nvim_create_user_command(name, spec[1], { desc = spec[2] })
  end
end
