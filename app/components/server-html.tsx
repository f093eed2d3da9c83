import { useRef, type HTMLAttributes, type ReactNode } from "react";
import { useIsFirstHydration } from "./hydration";

type Props = { as: "li" | "section"; signature: string; children: ReactNode } & HTMLAttributes<HTMLElement>;

/**
 * An element whose content React leaves as the server sent it while the page
 * hydrates, until `signature` (what the content is made of) changes; from
 * then on React renders the content itself. Hydrating a long list or a long
 * form touches every input and kept a phone busy for a long task; forms and
 * links in server HTML work as they are (decision 009 and 010).
 */
export function ServerHtmlUntilChanged({ as: Tag, signature, children, ...attributes }: Props) {
  const firstHydration = useIsFirstHydration();
  const atHydration = useRef(signature);
  if (firstHydration && signature === atHydration.current) {
    return <Tag key="server" {...attributes} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
  }
  return (
    <Tag key="react" {...attributes}>
      {children}
    </Tag>
  );
}
