import type { QueryCheck } from '../../../shared/api';

interface SyntaxProblemProps {
  id: string;
  query: string;
  problem: Extract<QueryCheck, { ok: false }>;
}

/** The engine's sentence about a query, and the query with the part it is about underlined. */
export function SyntaxProblem({ id, query, problem }: SyntaxProblemProps) {
  const { start, end } = problem;
  return (
    <div className="search-syntax-problem" id={id} data-testid="search-syntax-error" role="status">
      <div>{problem.message}</div>
      {end > start && (
        <code className="search-syntax-context">
          {query.slice(0, start)}
          <mark data-testid="search-syntax-span">{query.slice(start, end)}</mark>
          {query.slice(end)}
        </code>
      )}
    </div>
  );
}
