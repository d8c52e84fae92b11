// Preview tab: the privacy and cookie policies rendered from drafts, their length, and whether they differ from what is published.
import { useState } from 'react';
import { Badge, Box, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { DocumentView } from './DocumentView';
import { LoadError, Loading } from './State';

interface Preview {
  title: string;
  wordCount: number;
  readingMinutes: number;
  /** Flesch (English) or Kandel–Moles (French); null for a language with no formula. */
  readability: { formula: string; score: number } | null;
  draftDiffers: boolean;
  /** Generated and escaped by the plugin's server: editors' text never arrives here as markup. */
  html: string;
}

interface PreviewTabProps {
  organization: string;
  locale: string;
  /** The document kinds the server generates (GET /privacy/meta); each has an admin label `preview.<name>`. */
  kinds: Array<{ kind: string; name: string }>;
}

export const PreviewTab = ({ organization, locale, kinds }: PreviewTabProps) => {
  const { formatMessage } = useIntl();
  const [kind, setKind] = useState(kinds[0]?.kind ?? 'privacy-policy');
  const preview = useAdminData<Preview>('/privacy/preview', { organization, locale, kind });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} alignItems="flex-end">
        <Box minWidth="240px">
          <SingleSelect
            aria-label={formatMessage({ id: getTranslation('preview.document'), defaultMessage: 'Document' })}
            value={kind}
            onChange={(value: string | number) => setKind(String(value))}
          >
            {kinds.map(({ kind: value, name }) => (
              <SingleSelectOption key={value} value={value}>
                {formatMessage({ id: getTranslation(`preview.${name}`), defaultMessage: value })}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
        {preview.data && (
          <Flex gap={2} paddingBottom={2}>
            <Typography variant="pi" data-testid="preview-length">
              {formatMessage(
                { id: getTranslation('preview.length'), defaultMessage: '{words} words, {minutes} min read' },
                { words: preview.data.wordCount, minutes: preview.data.readingMinutes }
              )}
              {preview.data.readability &&
                ` · ${formatMessage(
                  { id: getTranslation('preview.readability'), defaultMessage: 'reading ease {score} ({formula})' },
                  {
                    score: preview.data.readability.score,
                    formula: formatMessage({
                      id: getTranslation(`preview.formula.${preview.data.readability.formula}`),
                      defaultMessage: preview.data.readability.formula,
                    }),
                  }
                )}`}
            </Typography>
            {preview.data.draftDiffers ? (
              <Badge backgroundColor="warning100" textColor="warning700" data-testid="draft-differs">
                {formatMessage({ id: getTranslation('preview.differs'), defaultMessage: 'Draft differs from the published version' })}
              </Badge>
            ) : (
              <Badge backgroundColor="success100" textColor="success700">
                {formatMessage({ id: getTranslation('preview.same'), defaultMessage: 'Same as published' })}
              </Badge>
            )}
          </Flex>
        )}
      </Flex>
      {preview.isLoading && <Loading />}
      {preview.error && <LoadError message={preview.error} onRetry={preview.reload} />}
      {preview.data && !preview.isLoading && (
        <DocumentView
          background="neutral0"
          padding={6}
          hasRadius
          shadow="tableShadow"
          data-testid="preview-document"
          dangerouslySetInnerHTML={{ __html: preview.data.html }}
        />
      )}
    </Flex>
  );
};
