/**
 * The Azure Resource Graph query whose output the estate import reads, ready to copy. It lists
 * every VM the signed-in account can see, across subscriptions, with the fields `az vm list`
 * prints that the plan uses, flat on each row (azVmList.ts reads those rows).
 *
 * Run it with the Azure CLI's resource-graph extension and save the JSON:
 * `az graph query -q "$QUERY" --first 1000 --output json > vms.json`. The CLI prints
 * `{ "count", "data": [rows], "skip_token", "total_records" }`; a `skip_token` means more rows
 * than one page, and the reader says so.
 */
export const ESTATE_RESOURCE_GRAPH_QUERY = `resources
| where type =~ 'microsoft.compute/virtualmachines'
| project id, name, location, resourceGroup, subscriptionId,
    zones, tags,
    vmSize = tostring(properties.hardwareProfile.vmSize),
    osType = tostring(properties.storageProfile.osDisk.osType),
    licenseType = tostring(properties.licenseType),
    securityType = tostring(properties.securityProfile.securityType),
    imageReference = properties.storageProfile.imageReference,
    osDisk = properties.storageProfile.osDisk,
    dataDisks = properties.storageProfile.dataDisks
| order by subscriptionId asc, resourceGroup asc, name asc`;

/** The command that runs the query and saves its output (bash; PowerShell quotes differ). */
export const ESTATE_RESOURCE_GRAPH_COMMAND =
	'az graph query -q "$(cat estate-query.kql)" --first 1000 --output json > vms.json';

/** The az vm list command, for one subscription. */
export const ESTATE_AZ_VM_LIST_COMMAND = 'az vm list --output json > vms.json';
