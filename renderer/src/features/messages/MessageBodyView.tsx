import { Anchor, List, Text, Title } from "@mantine/core";
import { Fragment, type ReactNode } from "react";
import type {
  MessageBlock,
  MessageDoc,
  MessageInline,
  MessageParagraph,
} from "../../../../shared/message-body";
import { useExternalLink } from "./ExternalLinkConfirm";

const url = /(https?:\/\/[^\s<>"]+)/g;

function Linkified({ text }: { text: string }) {
  const confirmOpen = useExternalLink();
  return text.split(url).map((part, i) =>
    i % 2 === 1 ? (
      <Anchor
        key={i}
        href={part}
        onClick={(event) => {
          event.preventDefault();
          confirmOpen(part);
        }}
      >
        {part}
      </Anchor>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

function inline(nodes: MessageInline[] | undefined): ReactNode {
  return (nodes ?? []).map((node, i) => {
    if (node.type === "hardBreak") return <br key={i} />;
    let element: ReactNode = <Linkified text={node.text} />;
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") element = <strong>{element}</strong>;
      if (mark.type === "italic") element = <em>{element}</em>;
      if (mark.type === "underline") element = <u>{element}</u>;
    }
    return <Fragment key={i}>{element}</Fragment>;
  });
}

function Block({ node }: { node: MessageBlock | MessageParagraph }) {
  if (node.type === "heading")
    return (
      <Title
        order={node.attrs.level === 2 ? 3 : 4}
        size={node.attrs.level === 2 ? "h5" : "h6"}
      >
        {inline(node.content)}
      </Title>
    );
  if (node.type === "bulletList")
    return (
      <List size="sm" withPadding>
        {node.content.map((item, i) => (
          <List.Item key={i}>
            {item.content.map((child, j) => (
              <Block key={j} node={child} />
            ))}
          </List.Item>
        ))}
      </List>
    );
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
      {inline(node.content)}
    </Text>
  );
}

/**
 * A message body drawn as React elements from its structured form: no markup anyone wrote is
 * ever handed to the browser as HTML. Links open outside the console after a confirmation.
 */
export function MessageBodyView({ body }: { body: MessageDoc }) {
  return (
    <div>
      {body.content.map((node, i) => (
        <Block key={i} node={node} />
      ))}
    </div>
  );
}
