/** The ticket already logged for this message: number, state, response window, call-backs, history. */
import {
  Badge,
  Body1Strong,
  Card,
  CardHeader,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TicketDiagonal20Regular } from '@fluentui/react-icons';
import type { TicketDto, TicketState } from '../../../server/api-contract';
import { formatInstant } from '../format';
import { usePaneContext } from '../pane-context';
import { Facts } from './Section';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  label: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
});

const stateColour: Record<
  TicketState,
  'informative' | 'success' | 'brand' | 'danger' | 'warning' | 'subtle'
> = {
  new: 'informative',
  approved: 'success',
  'in-progress': 'brand',
  restored: 'success',
  closed: 'subtle',
  rejected: 'danger',
  escalated: 'warning',
};

/** The audit trail's actor reads "Name <issuer:subject> (role)": the pane shows the name. */
const actorName = (actor: string) => actor.split(' <')[0] || actor;

export function TicketCard({ ticket }: { ticket: TicketDto }) {
  const styles = useStyles();
  const { t, language, timeZone } = usePaneContext();
  const at = (iso: string | null) => formatInstant(iso, language, timeZone);
  const rows: [string, React.ReactNode][] = [];
  if (ticket.customerName) rows.push([t('ticket.customer'), ticket.customerName]);
  rows.push([t('ticket.created'), at(ticket.createdAt)]);
  if (ticket.respondBy) {
    rows.push([
      t('ticket.respondBy'),
      <span key="r">
        {at(ticket.respondBy)}{' '}
        {ticket.responseBreached && (
          <Badge appearance="tint" color="danger">
            {t('ticket.breached')}
          </Badge>
        )}
      </span>,
    ]);
  }
  return (
    <Card className={styles.card} data-testid="ticket" data-state={ticket.state} appearance="outline">
      <CardHeader
        image={<TicketDiagonal20Regular aria-hidden />}
        header={
          <Body1Strong data-testid="ticket-number">
            {t('ticket.existing', { number: ticket.number })}
          </Body1Strong>
        }
        action={
          <Badge appearance="filled" color={stateColour[ticket.state]} data-testid="ticket-state">
            {t(`state.${ticket.state}`)}
          </Badge>
        }
      />
      <Facts rows={rows} />
      {ticket.callbacks.length > 0 && (
        <>
          <Caption1 className={styles.label}>{t('callback.history')}</Caption1>
          <ul className={styles.list} data-testid="ticket-callbacks">
            {ticket.callbacks.map((c) => (
              <li key={c.id}>
                <Caption1>
                  {t('callback.entry', {
                    outcome: t(`outcome.${c.outcome}`),
                    number: c.numberCalled,
                    at: at(c.calledAt),
                  })}
                  {c.note ? ` — ${c.note}` : ''}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {ticket.history.length > 0 && (
        <>
          <Caption1 className={styles.label}>{t('ticket.history')}</Caption1>
          <ul className={styles.list}>
            {ticket.history.map((h, i) => (
              <li key={i}>
                <Caption1>
                  {t('ticket.historyEntry', {
                    state: t(`state.${h.state}`),
                    at: at(h.at),
                    actor: actorName(h.actor),
                  })}
                  {h.reason ? ` — ${h.reason}` : ''}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
