;;; check.el --- driven by tests/editors/test_emacs.py  -*- lexical-binding: t; -*-
;; emacs --batch -q -l check.el (site-start stays: Debian puts elpa-eglot on the load-path there): loads editors/emacs/copydesk-eglot.el, opens a faulty draft,
;; lets eglot start copydesk (from `eglot-server-programs', as a user's M-x eglot would), waits
;; for flymake's diagnostics, fixes the word, waits for them to clear. Writes JSON to $COPYDESK_T_OUT.

(require 'json)
(defvar copydesk-eglot-command)
(setq copydesk-eglot-command (json-read-from-string (getenv "COPYDESK_T_CMD")))
(setq copydesk-eglot-command (append copydesk-eglot-command nil))
(load (getenv "COPYDESK_T_SNIPPET") nil t)

(defvar copydesk-t-result nil)
(defun copydesk-t-put (key value) (push (cons key value) copydesk-t-result))

(defun copydesk-t-diagnostics ()
  (mapcar (lambda (d)
            (list (cons 'beg (1- (flymake-diagnostic-beg d)))
                  (cons 'end (1- (flymake-diagnostic-end d)))
                  (cons 'type (format "%s" (flymake-diagnostic-type d)))
                  (cons 'text (flymake-diagnostic-text d))))
          (flymake-diagnostics)))

(defun copydesk-t-wait (pred seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(condition-case err
    (progn
      (find-file (getenv "COPYDESK_T_DRAFT"))
      (copydesk-t-put 'mode (format "%s" major-mode))
      ;; `eglot-ensure' waits for a command loop that batch mode does not have; start as M-x eglot does.
      (apply #'eglot (eglot--guess-contact))
      (copydesk-t-put 'server (format "%s" (process-command (jsonrpc--process (eglot-current-server)))))
      (copydesk-t-put 'got (and (copydesk-t-wait (lambda () (flymake-diagnostics)) 30) t))
      (copydesk-t-put 'before (vconcat (copydesk-t-diagnostics)))
      (goto-char (point-min))
      (when (search-forward (getenv "COPYDESK_T_WRONG") nil t)
        (replace-match (getenv "COPYDESK_T_RIGHT") t t))
      ;; eglot sends didChange from an idle timer, and batch Emacs is never idle: send it now.
      (eglot--signal-textDocument/didChange)
      (copydesk-t-put 'cleared (and (copydesk-t-wait (lambda () (null (flymake-diagnostics))) 30) t))
      (copydesk-t-put 'after (vconcat (copydesk-t-diagnostics)))
      (ignore-errors (eglot-shutdown (eglot-current-server))))
  (error (copydesk-t-put 'error (format "%S" err))))

(with-temp-file (getenv "COPYDESK_T_OUT")
  (insert (json-encode copydesk-t-result)))
(kill-emacs 0)
