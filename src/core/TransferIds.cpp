#include "TransferIds.h"

#include "StableId.h"

namespace syncsites {

QString TransferIds::inboundInvoice(const QString& outboundInvoiceId)
{
    return StableId::of(QStringLiteral("inbound_invoice"), outboundInvoiceId);
}

QString TransferIds::inboundInvoiceLine(const QString& outboundLineId)
{
    return StableId::of(QStringLiteral("inbound_invoice_line"), outboundLineId);
}

QString TransferIds::responseRequisition(const QString& requestId)
{
    return StableId::of(QStringLiteral("response_requisition"), requestId);
}

QString TransferIds::responseRequisitionLine(const QString& requestLineId)
{
    return StableId::of(QStringLiteral("response_requisition_line"), requestLineId);
}

} // namespace syncsites
