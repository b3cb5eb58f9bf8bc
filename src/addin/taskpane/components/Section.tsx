import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { color: tokens.colorNeutralForeground2 },
});

export function Section({
  title,
  children,
  labelId,
}: {
  title: string;
  children: ReactNode;
  labelId?: string;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={labelId}>
      <Subtitle2 as="h2" id={labelId} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

const useListStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** A definition list of label → value rows (values are text). */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const styles = useListStyles();
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
