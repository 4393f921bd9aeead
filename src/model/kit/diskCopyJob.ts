/**
 * The scheduled job of the disk-copy patterns: a runbook that takes an incremental snapshot of
 * each disk of the tier's resource group and copies it to the secondary region, run by an
 * Automation schedule on the plan's interval. VMs are created from the copies at failover.
 */
import { attr } from './hcl.ts';
import { automationAccount, runbook } from './automation.ts';
import { type PatternTerraform, ref, step } from './patternTerraform.ts';
import type { TerraformBuilder, TierContext } from './terraformBuilder.ts';

/** PowerShell 7.2: snapshot and copy every disk of a resource group, `Copies` times an hour. */
const SCRIPT = [
	'param([string] $SourceResourceGroup, [string] $TargetResourceGroup, [string] $TargetLocation, [int] $IntervalMinutes)',
	'# Incremental snapshots, copied to the secondary region with CopyStart. A starting point:',
	'# test it in a drill, and delete copies older than your retention.',
	'Connect-AzAccount -Identity | Out-Null',
	'$runs = [Math]::Max(1, [Math]::Floor(60 / [Math]::Max(1, $IntervalMinutes)))',
	'for ($i = 0; $i -lt $runs; $i++) {',
	'  $stamp = Get-Date -Format yyyyMMddHHmm',
	'  foreach ($disk in Get-AzDisk -ResourceGroupName $SourceResourceGroup) {',
	'    $name = "$($disk.Name)-$stamp"',
	'    $local = New-AzSnapshotConfig -SourceUri $disk.Id -Location $disk.Location -CreateOption Copy -Incremental',
	'    $snap = New-AzSnapshot -Snapshot $local -SnapshotName $name -ResourceGroupName $SourceResourceGroup',
	'    $copy = New-AzSnapshotConfig -SourceResourceId $snap.Id -Location $TargetLocation -CreateOption CopyStart -Incremental',
	'    New-AzSnapshot -Snapshot $copy -SnapshotName $name -ResourceGroupName $TargetResourceGroup | Out-Null',
	'  }',
	'  if ($i -lt $runs - 1) { Start-Sleep -Seconds ($IntervalMinutes * 60) }',
	'}',
];

/** The copy interval the plan chose, in minutes (its RPO formula starts with it), or a day. */
function intervalMinutes(t: TierContext): number {
	const m = /^(\d+) min interval/.exec(t.plan.recommended.rpo.formula ?? '');
	return m?.[1] !== undefined ? Number(m[1]) : 1440;
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	const minutes = intervalMinutes(t);
	b.comment(
		step(t),
		'No standing VMs: a scheduled job copies incremental snapshots of the tier\u2019s disks to the secondary',
		'region, and VMs are created from the latest copies at failover.',
	);
	const account = automationAccount(b);
	const book = runbook(
		b,
		`${t.id}_disk_copy`,
		`${t.slug}-disk-copy`,
		SCRIPT,
		[`Snapshots and copies the disks of tier "${t.plan.tier}".`],
		t.plan.tier,
	);
	const hourly = minutes < 1440;
	const schedule = b.resource(
		'azurerm_automation_schedule',
		`${t.id}_disk_copy`,
		[
			attr('name', `${t.slug}-disk-copy`),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('automation_account_name', ref(`${account}.name`)),
			attr('frequency', hourly ? 'Hour' : 'Day'),
			attr('interval', hourly ? Math.max(1, Math.round(minutes / 60)) : Math.round(minutes / 1440)),
			attr('timezone', 'Etc/UTC'),
		],
		[
			`Every ${minutes} minutes, the plan's interval${minutes < 60 ? ' (Automation schedules run at most hourly: the job copies several times within its hour)' : ''}.`,
		],
		t.plan.tier,
	);
	b.resource(
		'azurerm_automation_job_schedule',
		`${t.id}_disk_copy`,
		[
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('automation_account_name', ref(`${account}.name`)),
			attr('schedule_name', ref(`${schedule}.name`)),
			attr('runbook_name', ref(`${book}.name`)),
			attr('parameters', {
				sourceresourcegroup: b.variable(`${t.id}_disk_resource_group_name`, {
					type: 'string',
					description: `Resource group in the primary region that holds the disks of tier "${t.plan.tier}" (and only those: the job copies every disk in it).`,
				}),
				targetresourcegroup: b.secondaryResourceGroup,
				targetlocation: b.secondaryLocation,
				intervalminutes: String(Math.min(minutes, 60)),
			}),
		],
		['Runs the copy on the schedule (Automation wants parameter names in lowercase here).'],
		t.plan.tier,
	);
	return true;
}

/** The disk-copy patterns' Terraform: the scheduled copy job. */
export const diskCopyJobTerraform: PatternTerraform = { writeTier };
