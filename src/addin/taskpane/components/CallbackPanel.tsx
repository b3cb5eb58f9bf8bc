/**
 * without a verified authorised contact, the operator calls back the number on file (the
 * contract number, or an authorised contact's number) and records the call before any restore.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Call20Regular, Call24Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { CallbackOutcome, CallbackRequest } from '../../../server/api-contract';
import type { CallbackDetails } from '../../../core/verification/verification-result';
import { usePaneContext } from '../pane-context';
import { Section } from './Section';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  contract: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  contractIcon: { color: tokens.colorBrandForeground1, fontSize: '24px', flexShrink: 0 },
  contractText: { display: 'flex', flexDirection: 'column' },
  label: { color: tokens.colorNeutralForeground3 },
  contacts: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  contact: { display: 'flex', flexDirection: 'column' },
  contactMeta: { color: tokens.colorNeutralForeground3 },
  phone: { fontVariantNumeric: 'tabular-nums' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** tel: links let Outlook (or Teams) place the call; the number stays as written on file. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function CallbackInfo({ callback }: { callback: CallbackDetails }) {
  const styles = useStyles();
  const { t } = usePaneContext();
  const contacts = callback.authorisedContacts;
  return (
    <Section title={t('callback.heading')} labelId="callback-heading">
      <div className={styles.block} data-testid="callback-info">
        <div className={styles.contract}>
          <Call24Regular className={styles.contractIcon} aria-hidden />
          <div className={styles.contractText}>
            <Caption1 className={styles.label}>{t('callback.contract')}</Caption1>
            <Link
              href={telHref(callback.contractPhone)}
              className={styles.phone}
              data-testid="contract-phone"
            >
              {callback.contractPhone}
            </Link>
          </div>
        </div>
        <div className={styles.block}>
          <Caption1 className={styles.label}>{t('callback.authorised')}</Caption1>
          {contacts.length === 0 ? (
            <Body1>{t('callback.noList', { customer: callback.customerName })}</Body1>
          ) : (
            <ul className={styles.contacts}>
              {contacts.map((c) => (
                <li key={c.email} className={styles.contact}>
                  <Body1Strong>{c.name}</Body1Strong>
                  <Caption1 className={styles.contactMeta}>
                    {c.role}
                    {c.role && c.phone ? ' · ' : ''}
                    {c.phone && (
                      <Link href={telHref(c.phone)} className={styles.phone}>
                        {c.phone}
                      </Link>
                    )}
                  </Caption1>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Section>
  );
}

/** The numbers on file: the contract number and each authorised contact's number. */
export function numbersOnFile(callback: CallbackDetails): { value: string; owner: string; name?: string }[] {
  const numbers = [
    { value: callback.contractPhone, owner: 'contract' as string, name: undefined as string | undefined },
  ];
  for (const c of callback.authorisedContacts) {
    if (c.phone && !numbers.some((n) => n.value === c.phone))
      numbers.push({ value: c.phone, owner: c.email, name: c.name });
  }
  return numbers;
}

export function CallbackForm({
  callback,
  hasTicket,
  busy,
  onSubmit,
}: {
  callback: CallbackDetails;
  hasTicket: boolean;
  busy: boolean;
  onSubmit: (request: CallbackRequest) => void;
}) {
  const styles = useStyles();
  const { t } = usePaneContext();
  const numbers = numbersOnFile(callback);
  const [numberCalled, setNumberCalled] = useState(numbers[0]?.value ?? '');
  const [outcome, setOutcome] = useState<CallbackOutcome>('confirmed');
  const [note, setNote] = useState('');
  const id = useId();
  return (
    <Section title={t('callback.form.heading')} labelId={`${id}-heading`}>
      <form
        className={styles.form}
        data-testid="callback-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit({ numberCalled, outcome, ...(note.trim() ? { note: note.trim() } : {}) });
        }}
      >
        <Field label={t('callback.form.number')}>
          <Select
            value={numberCalled}
            onChange={(_, d) => setNumberCalled(d.value)}
            data-testid="callback-number"
          >
            {numbers.map((n) => (
              <option key={n.value} value={n.value}>
                {n.owner === 'contract'
                  ? t('callback.form.contractOption', { phone: n.value })
                  : t('callback.form.contactOption', { phone: n.value, name: n.name ?? n.owner })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('callback.form.outcome')}>
          <RadioGroup
            value={outcome}
            onChange={(_, d) => setOutcome(d.value as CallbackOutcome)}
            data-testid="callback-outcome"
          >
            {(['confirmed', 'denied', 'no-answer'] as const).map((o) => (
              <Radio key={o} value={o} label={t(`outcome.${o}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('callback.form.note')}>
          <Textarea
            value={note}
            onChange={(_, d) => setNote(d.value)}
            placeholder={t('callback.form.notePlaceholder')}
            resize="vertical"
            data-testid="callback-note"
          />
        </Field>
        <div>
          <Button
            appearance="primary"
            type="submit"
            icon={<Call20Regular />}
            disabled={busy || numberCalled === ''}
          >
            {hasTicket ? t('callback.form.submit') : t('callback.form.submitAndLog')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
