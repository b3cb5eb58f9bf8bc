/** The states around a verdict: nothing selected, checking, and each kind of failure. */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { MailInbox48Regular } from '@fluentui/react-icons';
import type { ApiFailure } from '../../api/api-client';
import { usePaneContext } from '../pane-context';

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  icon: { color: tokens.colorNeutralForeground4 },
  loading: { paddingTop: tokens.spacingVerticalXXXL },
});

export function NoItemView({ reason }: { reason: 'none' | 'not-message' }) {
  const styles = useStyles();
  const { t } = usePaneContext();
  return (
    <div className={styles.empty} data-testid="no-item" role="status">
      <MailInbox48Regular className={styles.icon} aria-hidden />
      <Subtitle2 as="h2">{t('noItem.title')}</Subtitle2>
      <Body1>{reason === 'none' ? t('noItem.body') : t('notMessage.body')}</Body1>
    </div>
  );
}

export function LoadingView() {
  const styles = useStyles();
  const { t } = usePaneContext();
  return (
    <Spinner className={styles.loading} label={t('loading')} labelPosition="below" data-testid="loading" />
  );
}

export type PaneFailure = ApiFailure | { kind: 'office'; message: string };

export function ErrorView({ failure, onRetry }: { failure: PaneFailure; onRetry: () => void }) {
  const { t } = usePaneContext();
  let title: string;
  let body: string;
  switch (failure.kind) {
    case 'unreachable':
      title = t('error.unreachable.title');
      body = t('error.unreachable.body');
      break;
    case 'unauthorised':
      title = t('error.unauthorised.title');
      body = t('error.unauthorised.body', { code: failure.code });
      break;
    case 'forbidden':
      title = t('error.forbidden.title');
      body = t('error.forbidden.body', { code: failure.code });
      break;
    case 'http':
      title = t('error.server.title');
      body = `${failure.message} (${failure.code})`;
      break;
    case 'office':
      title = t('error.office.title');
      body = failure.message;
      break;
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error" data-kind={failure.kind}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div>{body}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('error.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
