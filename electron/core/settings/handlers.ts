import { imapView, loadImap, updateImap } from "../mail/imap-settings";
import { serviceStatus } from "../team-service/service-status";
import { checkMailbox } from "../mail/read-mailbox";
import { loadSmtp, updateSmtp, viewOf } from "../outbox/smtp-settings";
import type { HandlersOf } from "../rpc/handler-types";
import { loadPolicy } from "./policy";
import { saveTeamDatabase, teamDatabaseView } from "./team-database";
import { previewPolicy } from "./preview-policy";
import { updatePolicy } from "./update-policy";

export const settingsHandlers: HandlersOf<"settings"> = {
  "settings.policy": (_input, { db }) => loadPolicy(db),
  "settings.updatePolicy": ({ policy }, context) =>
    updatePolicy(context, policy),
  "settings.previewPolicy": ({ policy }, context) =>
    previewPolicy(context, policy),
  "settings.smtp": async (_input, context) => {
    const config = await loadSmtp(context.db, context.secrets);
    return config && viewOf(config, context);
  },
  "settings.updateSmtp": ({ settings, password }, context) =>
    updateSmtp(context, settings, password),
  "settings.imap": async (_input, context) => {
    const config = await loadImap(context.db, context.secrets);
    return config && imapView(config, context);
  },
  "settings.updateImap": ({ settings, password }, context) =>
    updateImap(context, settings, password),
  "settings.testImap": (_input, context) => checkMailbox(context),
  "settings.teamDatabase": async (_input, context) => teamDatabaseView(context),
  "settings.service": (_input, context) =>
    serviceStatus(context.db, context.clock.now()),
  "settings.setTeamDatabase": ({ url }, context) =>
    saveTeamDatabase(context, url),
};
