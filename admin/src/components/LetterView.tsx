// One register entry's letters: pick a letter, read it rendered in a sandboxed frame, copy it as HTML, text or Markdown.
import { useState } from 'react';
import { Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useAdminData } from '../hooks/useAdminData';
import { useCopy } from '../hooks/useCopy';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, Loading } from './State';

interface Letter {
  kind: string;
  title: string;
  html: string;
  text: string;
  markdown: string;
}

interface Props {
  /** `/privacy/rights-requests/<id>` or `/privacy/breaches/<id>`. */
  entryPath: string;
  letters: string[];
  locale: string;
}

export const LetterView = ({ entryPath, letters, locale }: Props) => {
  const { formatMessage } = useIntl();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const copy = useCopy();
  const [kind, setKind] = useState(letters[0] ?? '');
  const letter = useAdminData<Letter>(kind ? `${entryPath}/letters/${kind}` : null, { locale });
  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" data-testid="letter-view">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Box maxWidth="320px">
          <SingleSelect
            aria-label={label('letters.pick', 'Letter')}
            value={kind}
            onChange={(value: string | number) => setKind(String(value))}
          >
            {letters.map((name) => (
              <SingleSelectOption key={name} value={name}>
                {label(`letters.${name}`, name)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
        {letter.isLoading && <Loading />}
        {letter.error && <LoadError message={letter.error} onRetry={letter.reload} />}
        {letter.data && !letter.isLoading && (
          <>
            <Typography variant="delta" tag="h3">
              {letter.data.title}
            </Typography>
            <Flex gap={2} wrap="wrap">
              <Button variant="secondary" onClick={() => copy(letter.data?.html ?? '', 'HTML')} data-testid="copy-letter-html">
                {label('letters.copyHtml', 'Copy HTML')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => copy(letter.data?.text ?? '', label('letters.text', 'Text'))}
                data-testid="copy-letter-text"
              >
                {label('letters.copyText', 'Copy text')}
              </Button>
              <Button variant="secondary" onClick={() => copy(letter.data?.markdown ?? '', 'Markdown')} data-testid="copy-letter-markdown">
                {label('letters.copyMarkdown', 'Copy Markdown')}
              </Button>
            </Flex>
            <iframe
              title={letter.data.title}
              srcDoc={letter.data.html}
              sandbox=""
              style={{ width: '100%', height: '480px', border: '1px solid #dcdce4', borderRadius: '4px' }}
            />
          </>
        )}
      </Flex>
    </Box>
  );
};
