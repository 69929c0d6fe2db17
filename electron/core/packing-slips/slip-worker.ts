// A worker thread of the slip pool: renders one packing slip. Built as its own entry
// (out/main/slip-worker.js) so the core's process stays free while PDFs are drawn.
import type { Language } from "../../../shared/i18n/languages";
import { renderSlip, type RenderedSlip } from "./render-slip";
import type { SlipData } from "./slip-data";

export interface SlipTask {
  data: SlipData;
  language: Language;
  generatedAt: string;
  resourcesDir: string;
}

export default function render(task: SlipTask): Promise<RenderedSlip> {
  return renderSlip(task.data, {
    language: task.language,
    generatedAt: task.generatedAt,
    resourcesDir: task.resourcesDir,
  });
}
