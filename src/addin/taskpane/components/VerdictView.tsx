/**
 * One verdict with what the operator can do about it:
 * verified → one click logs the ticket; callback-required → call-back details and form;
 * suspicious → reasons and reject / escalate with a reason, never a one-click approval;
 * unknown or not a request → quiet, with a way to log a ticket anyway.
 * An existing ticket is shown instead of offering a second one.
 */
import {
  Button,
  Caption1,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { Checkmark20Regular, TicketDiagonal20Regular } from '@fluentui/react-icons';
import type { VerifyRequest, VerifyResponse } from '../../../server/api-contract';
import { usePaneContext } from '../pane-context';
import type { PaneActions } from '../use-pane';
import { CallbackForm, CallbackInfo } from './CallbackPanel';
import { DecisionForm } from './DecisionForm';
import { MessageSummary } from './MessageSummary';
import { RequestDetails } from './RequestDetails';
import { TicketCard } from './TicketCard';
import { VerdictBanner } from './VerdictBanner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

const OPEN_STATES = new Set(['new']);

export function VerdictView({
  message,
  result,
  busy,
  actionError,
  actions,
}: {
  message: VerifyRequest;
  result: VerifyResponse;
  busy: boolean;
  actionError: string | null;
  actions: PaneActions;
}) {
  const styles = useStyles();
  const { t } = usePaneContext();
  const verdict = result.assessment.verification.verdict;
  const detection = result.assessment.detection;
  const ticket = result.ticket;
  const isRequest = detection.isRestoreRequest;
  const confirmedCallback = ticket?.callbacks.some((c) => c.outcome === 'confirmed') ?? false;
  const undecided = !ticket || OPEN_STATES.has(ticket.state);

  return (
    <div className={styles.root} data-testid="verdict-view" data-message-id={message.internetMessageId ?? ''}>
      <MessageSummary message={message} />
      <VerdictBanner result={result} message={message} />
      <RequestDetails detection={detection} />
      {result.callback && verdict !== 'verified' && <CallbackInfo callback={result.callback} />}
      {ticket && <TicketCard ticket={ticket} />}
      {actionError && (
        <MessageBar intent="error" layout="multiline" data-testid="action-error">
          <MessageBarBody>{actionError}</MessageBarBody>
        </MessageBar>
      )}

      {undecided && verdict === 'verified' && isRequest && (
        <>
          <Divider />
          <div className={styles.actions}>
            {!ticket ? (
              <Button
                appearance="primary"
                icon={<TicketDiagonal20Regular />}
                disabled={busy}
                onClick={() => void actions.logTicket()}
                data-testid="log-ticket"
              >
                {t('ticket.log')}
              </Button>
            ) : (
              <Button
                appearance="primary"
                icon={<Checkmark20Regular />}
                disabled={busy}
                onClick={() => void actions.approve()}
                data-testid="approve"
              >
                {t('ticket.approve')}
              </Button>
            )}
          </div>
        </>
      )}

      {undecided && verdict === 'callback-required' && result.callback && (
        <>
          <Divider />
          {!confirmedCallback && (
            <CallbackForm
              callback={result.callback}
              hasTicket={!!ticket}
              busy={busy}
              onSubmit={(r) => void actions.recordCallback(r)}
            />
          )}
          {ticket && (
            <div className={styles.actions}>
              <Button
                appearance={confirmedCallback ? 'primary' : 'secondary'}
                icon={<Checkmark20Regular />}
                // no approval without a confirmed call-back to a number on file.
                disabled={busy || !confirmedCallback}
                onClick={() => void actions.approve()}
                data-testid="approve"
              >
                {t('ticket.approve')}
              </Button>
              {!confirmedCallback && (
                <Caption1 className={styles.hint}>{t('ticket.approveNeedsCallback')}</Caption1>
              )}
            </div>
          )}
          {/* A denied or unanswered call-back ends in a documented rejection or escalation. */}
          {ticket && !confirmedCallback && ticket.callbacks.length > 0 && (
            <DecisionForm busy={busy} onDecide={(to, reason) => void actions.decide(to, reason)} />
          )}
        </>
      )}

      {undecided && verdict === 'suspicious' && (
        <>
          <Divider />
          <DecisionForm busy={busy} onDecide={(to, reason) => void actions.decide(to, reason)} />
        </>
      )}

      {!ticket && (verdict === 'unknown' || (!isRequest && verdict !== 'suspicious')) && (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            icon={<TicketDiagonal20Regular />}
            disabled={busy}
            onClick={() => void actions.logTicket()}
            data-testid="log-anyway"
          >
            {t('ticket.logAnyway')}
          </Button>
        </div>
      )}
    </div>
  );
}
