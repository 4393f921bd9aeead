# Placeholders for the Terraform of examples/b-sql-vm-app-tier.json (README: Terraform worked example).
# Replace every value with your own before terraform plan.
name_prefix                   = "shopdr"
primary_location              = "westeurope"
secondary_location            = "northeurope"
primary_resource_group_name   = "rg-shop-weu"
secondary_resource_group_name = "rg-shop-dr-neu"
routing_resource_group_name   = "rg-shop-global-frc"
primary_network_id            = "/subscriptions/…/resourceGroups/rg-shop-weu/providers/Microsoft.Network/virtualNetworks/vnet-shop"
recovery_address_space        = "10.20.0.0/16"
app_disk_resource_group_name  = "rg-shop-app-disks"
alert_email                   = "oncall@example.com"
backup_time                   = "23:00"
health_probe_path             = "/health"
primary_public_ip_id          = "/subscriptions/…/resourceGroups/rg-shop-weu/providers/Microsoft.Network/publicIPAddresses/pip-shop-weu"
secondary_public_ip_id        = "/subscriptions/…/resourceGroups/rg-shop-dr-neu/providers/Microsoft.Network/publicIPAddresses/pip-shop-neu"
sql_vms = [
  {
    id                   = "/subscriptions/…/virtualMachines/sql1"
    os_disk_id           = "/subscriptions/…/disks/sql1-os"
    data_disk_ids        = ["/subscriptions/…/disks/sql1-data", "/subscriptions/…/disks/sql1-log"]
    network_interface_id = "/subscriptions/…/networkInterfaces/sql1-nic"
  },
  # the second VM likewise: the variable's validation wants exactly 2
]
