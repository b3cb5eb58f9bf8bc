/** What the sender asked to restore, as the server's detection read it. */
import { Badge, Body1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Detection } from '../../../core/verification/verification-result';
import { usePaneContext } from '../pane-context';
import { Facts, Section } from './Section';

const useStyles = makeStyles({
  objects: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  kind: { color: tokens.colorNeutralForeground3 },
  quiet: { color: tokens.colorNeutralForeground3 },
});

const urgencyColour = { urgent: 'danger', high: 'warning', normal: 'informative' } as const;

export function RequestDetails({ detection }: { detection: Detection }) {
  const styles = useStyles();
  const { t } = usePaneContext();
  if (!detection.isRestoreRequest || !detection.request) {
    return (
      <Body1 className={styles.quiet} data-testid="not-request">
        {t('request.notRequest')}
      </Body1>
    );
  }
  const request = detection.request;
  const rows: [string, React.ReactNode][] = [
    [
      t('request.objects'),
      request.objects.length === 0 ? (
        t('request.nothingNamed')
      ) : (
        <ul className={styles.objects}>
          {request.objects.map((o, i) => (
            <li key={i}>
              <span className={styles.kind}>{t(`object.${o.kind}`)}: </span>
              {o.name}
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  if (request.pointInTime) rows.push([t('request.pointInTime'), request.pointInTime.text]);
  if (request.target) rows.push([t('request.target'), request.target]);
  rows.push([
    t('request.urgency'),
    <Badge key="u" appearance="tint" color={urgencyColour[request.urgency]}>
      {t(`urgency.${request.urgency}`)}
    </Badge>,
  ]);
  return (
    <Section title={t('request.heading')} labelId="request-heading">
      {detection.kind === 'destructive' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('request.destructive')}</MessageBarBody>
        </MessageBar>
      )}
      <div data-testid="request">
        <Facts rows={rows} />
      </div>
    </Section>
  );
}
