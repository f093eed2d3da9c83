import { Link } from "@remix-run/react";
import { useT } from "../use-t";

type Props = {
  cohortId: string;
  /** Facilitators, co-facilitators and platform admins get the management link. */
  isStaff: boolean;
  /** For participants: whether their evaluation receipt exists (hasSubmittedEvaluation). */
  submitted?: boolean;
};

/** The link to the evaluation of a cohort, for the cohort page: fill it in, or manage it. */
export function EvaluationLink({ cohortId, isStaff, submitted = false }: Props) {
  const t = useT();
  if (isStaff) return <Link className="btn btn-secondary" to={`/groepen/${cohortId}/evaluatie/beheer`}>{t("evaluation.link.staff")}</Link>;
  return (
    <Link className={submitted ? "btn btn-secondary" : "btn btn-primary"} to={`/groepen/${cohortId}/evaluatie`}>
      {submitted ? t("evaluation.link.participantDone") : t("evaluation.link.participant")}
    </Link>
  );
}
