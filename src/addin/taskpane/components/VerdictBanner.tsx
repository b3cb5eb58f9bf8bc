/** The verdict at a glance: colour, title, one sentence, and the reasons in plain words. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { VerifyRequest, VerifyResponse } from '../../../server/api-contract';
import { usePaneContext } from '../pane-context';
import { toneOf, verdictTexts } from '../verdict-view';

const useStyles = makeStyles({
  bar: {
    alignItems: 'flex-start',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, whiteSpace: 'normal' },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function VerdictBanner({ result, message }: { result: VerifyResponse; message: VerifyRequest }) {
  const styles = useStyles();
  const { t } = usePaneContext();
  const verdict = result.assessment.verification.verdict;
  const { title, body } = verdictTexts(result, message, t);
  const reasons = result.assessment.verification.reasons;
  return (
    <MessageBar
      intent={toneOf[verdict]}
      layout="multiline"
      className={styles.bar}
      data-testid="verdict"
      data-verdict={verdict}
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span>{body}</span>
        {reasons.length > 0 && (
          <ul className={styles.reasons} aria-label={t('verdict.why')} data-testid="reasons">
            {reasons.map((r) => (
              <li key={r.code} data-code={r.code}>
                {r.message}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
