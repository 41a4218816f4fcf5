import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { createTeam, type TeamInput, updateTeam, useCandidates } from './queries.ts';
import { S } from './strings.ts';
import { MEMBER_KINDS, type Team } from './types.ts';

/** Forming a team or changing it: its name, its members (roster persons, each with a category) and its leader. */
export function TeamModal({
  campaignId,
  team,
  open,
  onClose,
}: {
  campaignId: string;
  /** null: a new team. */
  team: Team | null;
  open: boolean;
  onClose: () => void;
}) {
  const candidates = useCandidates(campaignId, open);
  const [form] = Form.useForm<TeamInput>();
  const chosen = (Form.useWatch('members', form) ?? []) as Partial<TeamInput['members'][number]>[];
  const people = candidates.data ?? [];
  const label = (id?: string) => {
    const p = people.find((c) => c.personId === id);
    return p ? `${p.name}（${p.villageName}）` : '';
  };
  return (
    <FormModal<TeamInput>
      open={open}
      title={team ? `${S.editTeam}：${team.name}` : S.newTeam}
      onClose={onClose}
      form={form}
      name="team"
      width={640}
      initialValues={
        team
          ? {
              name: team.name,
              members: team.members.map((m) => ({ personId: m.personId, kind: m.kind })),
              leaderPersonId: team.members.find((m) => m.leader)?.personId,
            }
          : {
              members: [
                { kind: 'township_cadre' },
                { kind: 'party_representative' },
                { kind: 'villager_representative' },
              ],
            }
      }
      mutationFn={(v) => (team ? updateTeam(team.id, v) : createTeam(campaignId, v))}
      success={S.teamSaved}
      invalidate={[keys.inspection.all]}
      intro={<Alert type="info" showIcon title={S.accountHint} style={{ marginBottom: 12 }} />}
    >
      <Form.Item name="name" label={S.teamName} rules={[{ required: true, message: '请填写考察组名称' }]}>
        <Input maxLength={40} placeholder={S.teamNamePlaceholder} />
      </Form.Item>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Form.Item label={S.members} required>
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'personId']}
                    rules={[{ required: true, message: '请选择人员' }]}
                    style={{ flex: '1 1 220px', margin: 0 }}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={candidates.isPending}
                      placeholder={S.pickPerson}
                      options={people.map((p) => ({
                        value: p.personId,
                        label: `${p.name}（${p.villageName}${p.posts.length ? `，${p.posts.join('、')}` : ''}）${p.hasInspectorAccount ? '' : ` · ${S.noAccount}`}`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: '请选择类别' }]}
                    style={{ width: 130, margin: 0 }}
                  >
                    <Select
                      options={MEMBER_KINDS.map(([value, l]) => ({ value, label: l }))}
                      placeholder={S.memberKind}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={S.deleteTeam}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'villager_representative' })}>
                {S.addMember}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="leaderPersonId" label={S.leader} rules={[{ required: true, message: '请选择组长' }]}>
        <Select
          options={chosen
            .filter((m): m is { personId: string } => Boolean(m?.personId))
            .map((m) => ({ value: m.personId, label: label(m.personId) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
