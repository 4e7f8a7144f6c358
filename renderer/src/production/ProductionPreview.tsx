import { useLayoutEffect, useRef } from 'react';

// The preview is a whole static page from the engine. It is drawn in a shadow root rather than an
// iframe: the window's content security policy forbids inline styles, and a srcdoc frame inherits it.
// Even parsing markup with inline styles is reported as a violation, so the page's <style> text and
// style attributes are taken out of the markup first: the stylesheet is adopted as a constructed
// sheet and the style attributes set through the CSSOM, which the policy allows. A parsed document
// runs no script; none is carried over anyway. The markup is the engine's own escaped output, whose
// text never holds a raw quote, so an attribute pattern cannot match inside text.
const STYLE_ELEMENT = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const MOVED_STYLE = 'data-preview-style';
const DROPPED = 'script, style, link, meta, base, iframe, object, embed, form';

function pageSheet(styles: string[]): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  // The page's `body` rule styles the preview's own page box.
  sheet.replaceSync(`${styles.join('\n').replace(/(^|[\n}])\s*body\s*\{/g, '$1.preview-page{')}\n.preview-page{background:#fff;padding:16px}`);
  return sheet;
}

export function ProductionPreview({ html }: { html: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const styles: string[] = [];
    const markup = html.replace(STYLE_ELEMENT, (_, text: string) => {
      styles.push(text);
      return '';
    }).replace(STYLE_ATTRIBUTE, (_, css: string) => ` ${MOVED_STYLE}="${css}"`);
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    root.adoptedStyleSheets = [pageSheet(styles)];
    doc.querySelectorAll(DROPPED).forEach((node) => node.remove());
    for (const element of doc.body.querySelectorAll<HTMLElement>('*')) {
      for (const attribute of [...element.attributes]) {
        if (attribute.name.startsWith('on')) element.removeAttribute(attribute.name);
      }
    }
    const page = document.createElement('div');
    page.className = 'preview-page';
    page.append(...[...doc.body.childNodes].map((node) => document.adoptNode(node)));
    root.replaceChildren(page);
    for (const element of page.querySelectorAll<HTMLElement>(`[${MOVED_STYLE}]`)) {
      element.style.cssText = element.getAttribute(MOVED_STYLE) ?? '';
      element.removeAttribute(MOVED_STYLE);
    }
  }, [html]);
  return <div ref={hostRef} className="production-preview" data-testid="production-preview" role="document" tabIndex={0} aria-label="Preview: the cover sheet and the first document" />;
}
