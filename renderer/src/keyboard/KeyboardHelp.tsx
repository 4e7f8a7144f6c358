import './keyboard.css';
import { PanelDialog } from '../dialog/PanelDialog';
import { helpSections, keyLabel, type Shortcut } from './shortcuts';

/** The `?` sheet: every key of the window, drawn from the one shortcut table. */
export function KeyboardHelp({ table, onClose }: { table: readonly Shortcut[]; onClose: () => void }) {
  return (
    <PanelDialog id="keyboard-help" className="keyboard-help" title="Keys" onClose={onClose}>
      {/* Focusable, so the list scrolls from the keyboard at any zoom. */}
      <div className="keyboard-help-body" tabIndex={0} role="region" aria-label="Every key">
        {helpSections(table).map((section) => (
          <table key={section.group} className="keyboard-help-table">
            <caption>{section.group}</caption>
            <tbody>
              {section.rows.map((row) => (
                <tr key={`${row.scope}:${row.action}`}>
                  <th scope="row">
                    {row.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ' or '}
                        <kbd>{keyLabel(key)}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>
                    {row.description}
                    {row.scope === 'thread' && <span className="muted-strong"> (in the thread)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </PanelDialog>
  );
}
