// How the order page names milestones, to-dos, tasks, file folders and rating factors.
import type {
  MilestoneKind,
  TaskKind,
  TodoKind,
} from "../../../../shared/domain";

export const milestoneLabels: Record<MilestoneKind, string> = {
  measure_up: "Measure-up",
  production_drawing_ready: "Production drawing ready",
  installation: "Installation",
  custom: "Custom",
};
export const todoLabels: Record<TodoKind, string> = {
  material_arrival: "Set material arrival date",
  planned_completion: "Set planned completion date",
  delivery_schedule: "Set delivery schedule",
  invoice_reference: "Set invoice reference",
};
export const taskLabels: Record<TaskKind, string> = {
  check_in_meeting: "Check-in meeting",
  kick_off_call: "Kick-off call",
};
