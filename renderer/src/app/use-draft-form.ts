// A form that keeps what was typed when it is closed unsaved, and edits the version of the record
// it was opened on: a colleague's save meanwhile makes the core answer CONFLICT rather than have
// this form overwrite it.
import { useForm, type FormErrors } from "@mantine/form";
import { useState } from "react";
import { dropFormDraft, readFormDraft } from "./form-drafts";

export function useDraftForm<Values extends object>(options: {
  /** Where the draft is kept: one per record (and version) or per new record. */
  draftKey: string;
  initial: Values;
  validate: (values: Values) => FormErrors;
  /** The version of the record as the form opened it (none for a new one). */
  version?: number;
}) {
  // Read once, when the form opens: a record refetched meanwhile changes none of them.
  const [opened] = useState(() => ({
    draft: readFormDraft<Values>(options.draftKey),
    initial: options.initial,
    version: options.version,
  }));
  const [restored, setRestored] = useState(opened.draft !== undefined);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: opened.draft ?? opened.initial,
    validate: options.validate,
  });
  const discard = () => {
    dropFormDraft(options.draftKey);
    form.setValues(opened.initial);
    form.resetDirty(opened.initial);
    setRestored(false);
  };
  return {
    form,
    draftKey: options.draftKey,
    restored,
    discard,
    version: opened.version,
  };
}

export type DraftForm<Values extends object> = ReturnType<
  typeof useDraftForm<Values>
>;
