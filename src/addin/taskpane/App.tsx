/** The task pane: a header with a visible refresh (ItemChanged is unreliable in some clients) and the current state. */
import { Button, makeStyles, Subtitle1, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ShieldCheckmark20Regular } from '@fluentui/react-icons';
import type { ApiClient } from '../api/api-client';
import type { MailboxLike } from '../office/mailbox.port';
import { ErrorView, LoadingView, NoItemView } from './components/StatusViews';
import { VerdictView } from './components/VerdictView';
import { usePaneContext } from './pane-context';
import { usePane } from './use-pane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  logo: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  title: {
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase400,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  main: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    flexGrow: 1,
  },
});

export function App({ mailbox, api }: { mailbox: MailboxLike; api: ApiClient }) {
  const styles = useStyles();
  const { t } = usePaneContext();
  const { state, busy, actionError, actions } = usePane({ mailbox, api, t });
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <ShieldCheckmark20Regular className={styles.logo} aria-hidden />
        <Subtitle1 as="h1" className={styles.title}>
          {t('app.title')}
        </Subtitle1>
        {/* Icon only, so the header fits a narrow pane in every language; the tooltip is its name. */}
        <Tooltip content={t('app.refresh')} relationship="label">
          <Button
            appearance="subtle"
            icon={<ArrowClockwise20Regular />}
            onClick={actions.refresh}
            disabled={state.kind === 'loading'}
            data-testid="refresh"
          />
        </Tooltip>
      </header>
      <main className={styles.main} aria-busy={state.kind === 'loading' || busy} data-state={state.kind}>
        {state.kind === 'no-item' && <NoItemView reason={state.reason} />}
        {state.kind === 'loading' && <LoadingView />}
        {state.kind === 'error' && <ErrorView failure={state.failure} onRetry={actions.refresh} />}
        {state.kind === 'ready' && (
          <VerdictView
            message={state.message}
            result={state.result}
            busy={busy}
            actionError={actionError}
            actions={actions}
          />
        )}
      </main>
    </div>
  );
}
