import type { ComponentType } from "react";
import type { AllowedComponentName } from "~/modules/courses/allowed-components";
import { Bron } from "./bron";
import { Kader } from "./kader";
import { Kennischeck, Optie } from "./kennischeck";
import { Praktijkcasus } from "./praktijkcasus";
import { Reflectie } from "./reflectie";

/** The one map of components MDX may use; its keys are exactly the allow-list of the MDX guard. */
export const COURSE_COMPONENTS = {
  Reflectie,
  Kennischeck,
  Optie,
  Praktijkcasus,
  Kader,
  Bron,
} satisfies Record<AllowedComponentName, ComponentType<never>>;
