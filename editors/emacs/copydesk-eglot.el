;;; copydesk-eglot.el --- run the copydesk language server through eglot  -*- lexical-binding: t; -*-

;; Put this in your init file (or `load' this file).  Drafts in markdown-mode, gfm-mode and
;; text-mode then get copydesk's findings as flymake diagnostics, with quick fixes on
;; `eglot-code-actions' (C-c C-a if you bind it) and the sources in `eldoc' on hover.
;; Set `copydesk-eglot-command' first if `copydesk' is not on your PATH, e.g.
;;   (setq copydesk-eglot-command '("~/.venvs/copydesk/bin/copydesk" "serve"))
;; Eglot starts the server in the project's folder.  The installed `copydesk' script never imports
;; from there; if you start it through Python instead, keep -I (isolated mode), or a `copydesk/'
;; folder in an opened repository would be imported and run:
;;   (setq copydesk-eglot-command '("python3" "-I" "-m" "copydesk" "serve"))

(require 'eglot)

(defvar copydesk-eglot-command '("copydesk" "serve")
  "The command that starts the copydesk language server.")

(add-to-list 'eglot-server-programs
             `((markdown-mode gfm-mode text-mode) . ,copydesk-eglot-command))

;; Start copydesk in every markdown and text buffer.  text-mode-hook runs for modes derived from
;; text-mode too (markdown-mode among them); drop these two lines to start it by hand (M-x eglot).
(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'text-mode-hook #'eglot-ensure)

(provide 'copydesk-eglot)
;;; copydesk-eglot.el ends here
