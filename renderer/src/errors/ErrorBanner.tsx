import type { BannerError } from './useErrorBanner';

interface ErrorBannerProps {
  errors: BannerError[];
  onDismiss: (text: string) => void;
}

export function ErrorBanner({ errors, onDismiss }: ErrorBannerProps) {
  if (errors.length === 0) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      {errors.map((error) => (
        <div className="error-banner-item" key={error.text}>
          <span className="error-banner-text">
            {error.text}
            {error.repeats > 1 && <span className="error-banner-repeats"> (×{error.repeats})</span>}
          </span>
          <button type="button" className="link-button" onClick={() => onDismiss(error.text)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
