// Modal dialogs for response actions: a form, an optional typed confirmation, and a result line.
import { h, listener, replace, type Child } from './dom.js';
import { ApiError } from './api.js';

export interface DialogOptions {
  title: string;
  body: Child;
  confirmLabel: string;
  /** When set, the confirm button stays disabled until this exact text is typed. */
  typeToConfirm?: string;
  danger?: boolean;
  onConfirm(): Promise<string | void>;
}

export function openDialog(o: DialogOptions): HTMLDialogElement {
  const error = h('p', { className: 'error', role: 'alert' });
  const confirm = h('button', { type: 'submit', className: o.danger ? 'danger' : 'primary', id: 'dialog-confirm' }, o.confirmLabel);
  const typed = o.typeToConfirm ? h('input', { id: 'dialog-typed', autocomplete: 'off', spellcheck: 'false', placeholder: o.typeToConfirm }) : null;
  if (typed) {
    confirm.disabled = true;
    typed.addEventListener('input', () => (confirm.disabled = typed.value !== o.typeToConfirm));
  }
  const dlg = h(
    'dialog',
    { className: 'action', id: 'action-dialog' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', null, o.title),
      o.body,
      typed ? h('label', null, 'Type ', h('code', null, o.typeToConfirm), ' to confirm', typed) : null,
      error,
      h('div', { className: 'buttons' }, h('button', { type: 'button', id: 'dialog-cancel', onclick: () => dlg.close() }, 'Cancel'), confirm),
    ),
  );
  dlg.querySelector('form')!.addEventListener(
    'submit',
    listener(async (ev) => {
      ev.preventDefault();
      confirm.disabled = true;
      replace(error);
      try {
        await o.onConfirm();
        dlg.close();
      } catch (err) {
        replace(error, err instanceof ApiError ? `${err.message} (${err.code})` : String(err));
        confirm.disabled = false;
      }
    }),
  );
  dlg.addEventListener('close', () => dlg.remove());
  document.body.appendChild(dlg);
  dlg.showModal();
  return dlg;
}
