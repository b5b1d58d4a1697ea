-- Neovim 0.11+ finds this file on 'runtimepath': `vim.lsp.enable("copydesk")` is then enough.
-- require("copydesk").setup(...) or vim.lsp.config("copydesk", {...}) override these defaults.
local config = require("copydesk").lsp_config()
config.name = nil
return config
