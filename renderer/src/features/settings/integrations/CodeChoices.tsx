import { Checkbox, Code, Stack } from "@mantine/core";

/** Checkboxes for codes a program reads (scopes, events), each with what it means in words. */
export function CodeChoices<C extends string>({
  label,
  codes,
  value,
  onChange,
  describe,
}: {
  label: string;
  codes: readonly C[];
  value: C[];
  onChange(value: C[]): void;
  describe(code: C): string;
}) {
  return (
    <Checkbox.Group
      label={label}
      value={value}
      onChange={(chosen) => onChange(chosen as C[])}
    >
      <Stack gap={6} mt={6}>
        {codes.map((code) => (
          <Checkbox
            key={code}
            value={code}
            label={
              <>
                <Code>{code}</Code> {describe(code)}
              </>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
