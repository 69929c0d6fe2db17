import { useTranslation } from "react-i18next";
import { Password } from "../../../../shared/contract";

/**
 * Why a typed password would be refused, in the user's language; undefined when it is fine or
 * still empty. The rule is the core's (Password); only the words are the console's.
 */
export function usePasswordProblem(password: string): string | undefined {
  const { t } = useTranslation("settings");
  const issue = password
    ? Password.safeParse(password).error?.issues[0]
    : undefined;
  if (issue?.code === "too_small")
    return t("password.tooShort", { min: Number(issue.minimum) });
  if (issue?.code === "too_big")
    return t("password.tooLong", { max: Number(issue.maximum) });
  return issue?.message;
}
