import { FINDING_TYPES, STRENGTHS, type Finding, type FindingType, type Strength } from '../../../shared/findings';

export interface FindingFilter {
  rule: string;
  type: FindingType | '';
  strength: Strength | '';
}

export const NO_FILTER: FindingFilter = { rule: '', type: '', strength: '' };

export function applyFilter(findings: Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => (filter.rule === '' || f.rule === filter.rule) && (filter.type === '' || f.type === filter.type) && (filter.strength === '' || f.strength === filter.strength));
}

interface FindingFiltersProps {
  findings: Finding[];
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
}

/** Narrows the report to one rule, type or strength; only the values present are offered. */
export function FindingFilters({ findings, filter, onChange }: FindingFiltersProps) {
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const types = FINDING_TYPES.filter((t) => findings.some((f) => f.type === t));
  const strengths = STRENGTHS.filter((s) => findings.some((f) => f.strength === s));
  const shown = applyFilter(findings, filter).length;
  return (
    <div className="finding-filters" data-testid="finding-filters">
      <span>Show</span>
      <select value={filter.rule} onChange={(e) => onChange({ ...filter, rule: e.target.value })} aria-label="Rule" data-testid="filter-rule">
        <option value="">every rule</option>
        {rules.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <select value={filter.type} onChange={(e) => onChange({ ...filter, type: e.target.value as FindingFilter['type'] })} aria-label="Type" data-testid="filter-type">
        <option value="">every type</option>
        {types.map((t) => (
          <option key={t} value={t}>
            {t.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
      <select value={filter.strength} onChange={(e) => onChange({ ...filter, strength: e.target.value as FindingFilter['strength'] })} aria-label="Strength" data-testid="filter-strength">
        <option value="">every strength</option>
        {strengths.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <span className="muted">
        {shown} of {findings.length} findings
      </span>
      {shown !== findings.length && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          Show all
        </button>
      )}
    </div>
  );
}
