/**
 * A countdown in two forms: `4:59` to look at, "4 minutes and 59 seconds" for screen readers,
 * which would read the digital form as "four fifty-nine".
 */
export interface SpokenDuration {
  digital: string;
  spoken: string;
}

export function formatCountdown(totalSeconds: number, locale: string): SpokenDuration {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const digital = `${minutes}:${String(rest).padStart(2, '0')}`;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [minutes > 0 ? unit(minutes, 'minute') : '', rest > 0 || minutes === 0 ? unit(rest, 'second') : ''].filter(Boolean);
  const spoken = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
  return { digital, spoken };
}

/** `14:32` in the user's locale. */
export function formatTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
}
