// The markup every dialog shares (renderer/src/dialog): a modal named by its heading, found by its
// test id, in the frame's classes; a large dialog's Close, a small form dialog's Cancel and submit.
// Keys and focus are the browser tests' (test/e2e/dialogs.spec.ts).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormDialog } from '../../renderer/src/dialog/FormDialog';
import { PanelDialog } from '../../renderer/src/dialog/PanelDialog';

const ignore = () => undefined;

/** The opening tag of the first element with this attribute, whole. */
function tagWith(markup: string, attribute: string): string {
  const at = markup.indexOf(attribute);
  expect(at).toBeGreaterThan(-1);
  return markup.slice(markup.lastIndexOf('<', at), markup.indexOf('>', at) + 1);
}

describe('PanelDialog', () => {
  const panel = (closeDisabled: boolean) =>
    renderToStaticMarkup(
      <PanelDialog id="ledger-dialog" className="sources-dialog ledger" title="Ledger" heading={<select aria-label="Year" />} onClose={ignore} closeDisabled={closeDisabled}>
        <p>Body</p>
      </PanelDialog>,
    );

  it('is a modal section named by its level-2 heading, in the frame and its own classes', () => {
    const root = tagWith(panel(false), 'role="dialog"');
    expect(root.startsWith('<section')).toBe(true);
    expect(root).toContain('aria-modal="true"');
    expect(root).toContain('aria-labelledby="ledger-dialog-title"');
    expect(root).toContain('data-testid="ledger-dialog"');
    expect(root).toContain('class="dialog-frame sources-dialog ledger"');
    expect(panel(false)).toContain('<h2 class="panel-title" id="ledger-dialog-title">Ledger</h2>');
  });

  it('puts its own controls between the title and Close, and the body after the heading', () => {
    const markup = panel(false);
    const order = ['</h2>', 'aria-label="Year"', '>Close</button>', '</header>', '<p>Body</p>'].map((part) => markup.indexOf(part));
    expect(order.every((at) => at > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('disables Close only while closing is refused', () => {
    expect(tagWith(panel(true), 'class="link-button"')).toContain('disabled');
    expect(tagWith(panel(false), 'class="link-button"')).not.toContain('disabled');
  });
});

describe('FormDialog', () => {
  const form = (submitDisabled: boolean, className?: string) =>
    renderToStaticMarkup(
      <FormDialog
        id="name-dialog"
        {...(className === undefined ? {} : { className })}
        title="Your name"
        onClose={ignore}
        onSubmit={ignore}
        submitLabel="Save"
        submitTestId="name-save"
        submitDisabled={submitDisabled}
      >
        <input aria-label="Name" />
      </FormDialog>,
    );

  it('is a modal form named by its level-2 heading, in the small frame and its own class', () => {
    const root = tagWith(form(false, 'name-form'), 'role="dialog"');
    expect(root.startsWith('<form')).toBe(true);
    expect(root).toContain('aria-modal="true"');
    expect(root).toContain('aria-labelledby="name-dialog-title"');
    expect(root).toContain('data-testid="name-dialog"');
    expect(root).toContain('class="dialog-frame small-dialog name-form"');
    expect(tagWith(form(false), 'role="dialog"')).toContain('class="dialog-frame small-dialog"');
    expect(form(false)).toContain('<h2 id="name-dialog-title" class="small-dialog-title">Your name</h2>');
  });

  it('ends with Cancel, which does not submit, then the submit button, disabled while the form is not ready', () => {
    const markup = form(true);
    const cancel = tagWith(markup, 'class="secondary-button"');
    expect(cancel).toContain('type="button"');
    expect(markup.indexOf('aria-label="Name"')).toBeLessThan(markup.indexOf('>Cancel</button>'));
    expect(markup.indexOf('>Cancel</button>')).toBeLessThan(markup.indexOf('>Save</button>'));
    expect(tagWith(markup, 'data-testid="name-save"')).toMatch(/type="submit".*disabled/);
    expect(tagWith(form(false), 'data-testid="name-save"')).not.toContain('disabled');
  });
});
