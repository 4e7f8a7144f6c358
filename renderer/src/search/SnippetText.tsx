import { snippetParts } from './snippetParts';

export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {snippetParts(snippet).map((part, i) => (part.matched ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
