/** Reject or escalate, always with a reason (R-001: decisions are documented). Never an approval. */
import { Button, Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { ArrowForward20Regular, DismissCircle20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { usePaneContext } from '../pane-context';
import { Section } from './Section';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground3 },
});

export function DecisionForm({
  busy,
  onDecide,
}: {
  busy: boolean;
  onDecide: (to: 'rejected' | 'escalated', reason: string) => void;
}) {
  const styles = useStyles();
  const { t } = usePaneContext();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  const decide = (to: 'rejected' | 'escalated') => {
    setTouched(true);
    if (!missing) onDecide(to, reason.trim());
  };
  return (
    <Section title={t('decision.heading')} labelId="decision-heading">
      <form className={styles.form} data-testid="decision-form" onSubmit={(e) => e.preventDefault()}>
        <Field
          label={t('decision.reason')}
          required
          validationState={touched && missing ? 'error' : 'none'}
          validationMessage={touched && missing ? t('decision.reasonRequired') : undefined}
        >
          <Textarea
            value={reason}
            onChange={(_, d) => setReason(d.value)}
            placeholder={t('decision.reasonPlaceholder')}
            resize="vertical"
            data-testid="decision-reason"
          />
        </Field>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            icon={<DismissCircle20Regular />}
            disabled={busy}
            onClick={() => decide('rejected')}
          >
            {t('decision.reject')}
          </Button>
          <Button icon={<ArrowForward20Regular />} disabled={busy} onClick={() => decide('escalated')}>
            {t('decision.escalate')}
          </Button>
        </div>
        <Caption1 className={styles.note}>{t('decision.noApproval')}</Caption1>
      </form>
    </Section>
  );
}
