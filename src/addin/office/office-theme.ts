/**
 * Fluent UI theme from Office's theme (Office.context.officeTheme): Outlook reports colours, not a
 * name, so dark and high contrast are recognised from the body background's luminance.
 */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

export type ThemeName = 'light' | 'dark' | 'high-contrast';

function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? '').trim());
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function pickTheme(theme: OfficeThemeLike | undefined): ThemeName {
  const bg = luminance(theme?.bodyBackgroundColor);
  const fg = luminance(theme?.bodyForegroundColor);
  if (bg === undefined) return 'light';
  // Windows high-contrast themes paint a pure black body with a bright (white, yellow) foreground.
  if (bg === 0 && fg !== undefined && fg > 0.7) return 'high-contrast';
  return bg < 0.2 ? 'dark' : 'light';
}
