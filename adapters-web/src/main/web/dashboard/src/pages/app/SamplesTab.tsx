import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';

const PAGES = [
  ['publish.html', 'Publish a camera from the browser'],
  ['play.html', 'Play a room (WebRTC or HLS, as the viewer router decides)'],
  ['embed.html', 'Embed the player in an iframe'],
  ['hls-player.html', 'Plain HLS player'],
] as const;

/** Links to the sample pages the core generates per app (/samples/<app>/...) and the public player. */
export function SamplesTab({ app }: { app: string }) {
  return (
    <Stack>
      <Title order={4}>Sample pages</Title>
      <Card withBorder>
        <List spacing="xs">
          {PAGES.map(([file, words]) => (
            <List.Item key={file}>
              <Anchor href={`/samples/${encodeURIComponent(app)}/${file}`} target="_blank" rel="noopener">{file}</Anchor>
              <Text span c="dimmed" size="sm"> — {words}</Text>
            </List.Item>
          ))}
        </List>
      </Card>
      <Text size="sm">
        Public player of a room: <code>/play/{app}/&lt;room&gt;</code>; iframe-able: <code>/embed/{app}/&lt;room&gt;</code>.
        The browser SDK is at <Anchor href="/sdk/streamhub-adaptor.global.js" target="_blank">/sdk/streamhub-adaptor.global.js</Anchor>.
      </Text>
    </Stack>
  );
}
