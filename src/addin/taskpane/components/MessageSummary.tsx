/** Who sent the open message and when — email content shown only as text. */
import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { VerifyRequest } from '../../../server/api-contract';
import { formatInstant } from '../format';
import { usePaneContext } from '../pane-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  subject: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export function MessageSummary({ message }: { message: VerifyRequest }) {
  const styles = useStyles();
  const { t, language, timeZone } = usePaneContext();
  const from = message.from;
  const differentReplyTo = message.replyTo.filter(
    (r) => r.address.toLowerCase() !== (from?.address ?? '').toLowerCase(),
  );
  return (
    <div className={styles.root} data-testid="message-summary">
      <Body1Strong className={styles.subject}>{message.subject || t('message.noSubject')}</Body1Strong>
      <Caption1 className={styles.meta}>
        {t('message.from')}: {from ? (from.name ? `${from.name} <${from.address}>` : from.address) : '—'}
        {message.sender ? ` (${t('message.onBehalf', { address: message.sender.address })})` : ''}
      </Caption1>
      {differentReplyTo.length > 0 && (
        <Caption1 className={styles.meta}>
          {t('message.replyTo')}: {differentReplyTo.map((r) => r.address).join(', ')}
        </Caption1>
      )}
      {message.receivedAt && (
        <Caption1 className={styles.meta}>
          {t('message.received')}: {formatInstant(message.receivedAt, language, timeZone)}
        </Caption1>
      )}
    </div>
  );
}
