import { Alert, Checkbox, Flex, Form, Typography } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { assignVillages } from './queries.ts';
import { S } from './strings.ts';
import type { Team, VillageRow } from './types.ts';

type Values = { villageIds: string[] };

/** The villages a team inspects: ticking one held by another team moves it (unless submitted). */
export function AssignModal({
  team,
  villages,
  onClose,
}: {
  team: Team | null;
  villages: VillageRow[];
  onClose: () => void;
}) {
  return (
    <FormModal<Values>
      open={team !== null}
      title={team ? S.assignTitle(team.name) : ''}
      onClose={onClose}
      name="assign"
      initialValues={{ villageIds: team?.villageIds ?? [] }}
      mutationFn={(v) => assignVillages(team!.id, v.villageIds ?? [])}
      success={S.assigned}
      invalidate={[keys.inspection.all]}
      intro={<Alert type="info" showIcon title={S.assignHint} style={{ marginBottom: 12 }} />}
    >
      <Form.Item name="villageIds" label={S.villagesOf}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={6}>
            {villages.map((v) => (
              <Checkbox
                key={v.villageId}
                value={v.villageId}
                disabled={v.status === 'submitted' && v.teamId !== team?.id}
              >
                {v.villageName}
                <Typography.Text type="secondary">
                  {v.teamName && v.teamId !== team?.id ? `（现由${v.teamName}考核）` : ''}
                </Typography.Text>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
    </FormModal>
  );
}
