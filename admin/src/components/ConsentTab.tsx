// Consent copy tab: form notices and e-mails in the chosen e-mail tool's merge tags, with copy buttons and a rendered view.
import { useState } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useAdminData } from '../hooks/useAdminData';
import { useCopy } from '../hooks/useCopy';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, Loading } from './State';

interface Notice {
  form: string;
  checkboxes: Array<{ name: string; label: string }>;
  optOut: string | null;
  notice: string[];
  html: string;
}

interface Email {
  kind: string;
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

interface Kit {
  notices: Notice[];
  emails: Email[];
}

const Card = ({ children, testId }: { children: React.ReactNode; testId?: string }) => (
  <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      {children}
    </Flex>
  </Box>
);

/**
 * The e-mail as a mail client shows it, in a sandboxed frame as tall as the e-mail: no scripts, forms, pop-ups or
 * navigation run in it. allow-same-origin (without allow-scripts, the frame still runs nothing) only lets this page
 * read the frame's height on load; until then, or if it cannot be read, the frame keeps a fixed height.
 */
const EmailPreview = ({ title, html, testId }: { title: string; html: string; testId?: string }) => {
  const [height, setHeight] = useState<number | null>(null);
  const fit = (event: React.SyntheticEvent<HTMLIFrameElement>) => {
    const doc = event.currentTarget.contentDocument;
    const content = doc?.body?.scrollHeight ?? doc?.documentElement?.scrollHeight;
    if (content) setHeight(Math.ceil(content));
  };
  return (
    <iframe
      title={title}
      srcDoc={html}
      sandbox="allow-same-origin"
      onLoad={fit}
      data-testid={testId}
      // content-box: the admin's stylesheet makes elements border-box, which would take the border out of the height
      // (and the e-mail would scroll by 2px); the width leaves room for the border.
      style={{
        boxSizing: 'content-box',
        width: 'calc(100% - 2px)',
        height: height === null ? '420px' : `${height}px`,
        border: '1px solid #dcdce4',
        borderRadius: '4px',
      }}
    />
  );
};

interface ConsentTabProps {
  organization: string;
  locale: string;
  /** The e-mail tools the server knows (GET /privacy/meta), the default first. */
  emailTools: string[];
}

export const ConsentTab = ({ organization, locale, emailTools }: ConsentTabProps) => {
  const { formatMessage } = useIntl();
  const copy = useCopy();
  const [esp, setEsp] = useState(emailTools[0] ?? 'generic');
  const kit = useAdminData<Kit>('/privacy/consent-copy', { organization, locale, esp });
  const label = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box maxWidth="360px">
        <Field.Root name="esp" hint={label('consent.espHint', 'The merge tags of this tool are used in the copy below.')}>
          <Field.Label>{label('consent.esp', 'E-mail tool')}</Field.Label>
          <SingleSelect value={esp} onChange={(value: string | number) => setEsp(String(value))}>
            {emailTools.map((name) => (
              <SingleSelectOption key={name} value={name}>
                {label(`consent.esps.${name}`, name)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
      </Box>
      {kit.isLoading && <Loading />}
      {kit.error && <LoadError message={kit.error} onRetry={kit.reload} />}
      {kit.data && !kit.isLoading && (
        <>
          <Typography variant="beta" tag="h2">
            {label('consent.notices', 'Form notices')}
          </Typography>
          {kit.data.notices.map((notice) => (
            <Card key={notice.form} testId={`notice-${notice.form}`}>
              <Typography variant="delta" tag="h3">
                {label(`consent.forms.${notice.form}`, notice.form)}
              </Typography>
              {notice.checkboxes.map((box) => (
                <Typography key={box.name}>☐ {box.label}</Typography>
              ))}
              {notice.optOut && <Typography>{notice.optOut}</Typography>}
              {notice.notice.map((line) => (
                <Typography key={line} variant="pi">
                  {line}
                </Typography>
              ))}
              <Flex gap={2}>
                <Button variant="secondary" onClick={() => copy(notice.html, 'HTML')}>
                  {label('consent.copyHtml', 'Copy HTML')}
                </Button>
              </Flex>
            </Card>
          ))}
          <Typography variant="beta" tag="h2">
            {label('consent.emails', 'E-mails')}
          </Typography>
          {kit.data.emails.map((email) => (
            <Card key={email.kind} testId={`email-${email.kind}`}>
              <Typography variant="delta" tag="h3">
                {label(`consent.emailKinds.${email.kind}`, email.kind)}
              </Typography>
              <Typography>
                <strong>{label('consent.subject', 'Subject')}:</strong> {email.subject}
              </Typography>
              <Flex gap={2} wrap="wrap">
                <Button
                  variant="secondary"
                  onClick={() => copy(email.subject, label('consent.subject', 'Subject'))}
                  data-testid={`copy-subject-${email.kind}`}
                >
                  {label('consent.copySubject', 'Copy subject')}
                </Button>
                <Button variant="secondary" onClick={() => copy(email.html, 'HTML')} data-testid={`copy-html-${email.kind}`}>
                  {label('consent.copyHtml', 'Copy HTML')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => copy(email.text, label('consent.text', 'Text'))}
                  data-testid={`copy-text-${email.kind}`}
                >
                  {label('consent.copyText', 'Copy text')}
                </Button>
              </Flex>
              <EmailPreview title={email.subject} html={email.html} testId={`preview-${email.kind}`} />
            </Card>
          ))}
        </>
      )}
    </Flex>
  );
};
