import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { shortcutList } from "../shortcuts";

/** Every keyboard shortcut the signed-in role has, in a modal dialog (`?` opens it). */
export function ShortcutsDialog({ allowedHrefs, onClose }: { allowedHrefs: readonly string[]; onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      description="None of them works while you type in a field, except Ctrl K."
      onClose={onClose}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">Keyboard shortcuts</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {shortcutList(allowedHrefs).map(({ keys, does }) => (
            <tr key={does}>
              <td className="py-2 pr-4 whitespace-nowrap">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && <span className="px-1 text-slate-600">then</span>}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-sans text-xs text-slate-900">{key}</kbd>
                  </span>
                ))}
              </td>
              <td className="py-2 text-slate-900">{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogActions>
        <Button variant="secondary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
