// The Content Manager's select for the plugin's enumerations: the same stored values, each shown by its label in the
// admin's language (the layout hook in contentManagerLayout.ts gives the options).
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

interface Props {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  options: Array<{ value: string; label: string }>;
}

export const LabelledEnumeration = ({ name, label, hint, required, disabled, labelAction, options }: Props) => {
  const { formatMessage } = useIntl();
  const field = useField<string | null>(name);
  return (
    <Field.Root error={field.error} name={name} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <SingleSelect
        value={field.value ?? ''}
        disabled={disabled}
        onChange={(value: string | number) => field.onChange(name, value === '' ? null : String(value))}
      >
        <SingleSelectOption value="" disabled={required} hidden={required}>
          {formatMessage({ id: 'components.InputSelect.option.placeholder', defaultMessage: 'Choose here' })}
        </SingleSelectOption>
        {options.map((option) => (
          <SingleSelectOption key={option.value} value={option.value}>
            {option.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
